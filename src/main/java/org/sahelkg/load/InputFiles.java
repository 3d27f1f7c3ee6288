package org.sahelkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON files of {@code data/} or {@code seeds/}, every entry's type looked at before anything is opened. A
 * data file replaced by a FIFO, a directory, a dangling symlink or a symlink loop used to be skipped, and its
 * records silently left the graph: each is now a problem naming the file. A symlink is followed when it leads to
 * a regular file inside the project (a curator may share one file between two folders); one that leads out of the
 * project, or to a directory, is refused, since nothing outside the project is under its version control.
 */
final class InputFiles {
    private static final String JSON = ".json";

    private InputFiles() {
    }

    /** The {@code .json} files under {@code dir} (its subdirectories too when {@code recursive}), in path order. */
    static List<Path> json(Project project, Path dir, boolean recursive, List<Problem> problems) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            entries = s.filter(p -> !p.equals(dir) && !p.startsWith(project.schemas())).toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(project.relative(dir), null, 0, 0, "cannot list the directory: "
                    + (e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage())));
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path entry : entries) {
            String problem = problem(project, entry);
            if (problem != null) {
                problems.add(new Problem(project.relative(entry), null, 0, 0, problem));
            } else if (isJson(entry) && !Files.isDirectory(entry)) {
                files.add(entry);
            }
        }
        files.sort(Comparator.comparing(project::relative));
        return files;
    }

    private static boolean isJson(Path entry) {
        return entry.getFileName().toString().endsWith(JSON);
    }

    /** What is wrong with one entry, or null when it is a file to read or an entry to leave alone. */
    private static String problem(Project project, Path entry) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return "cannot read the file: " + e.getMessage();
        }
        if (own.isSymbolicLink()) {
            return symlink(project, entry);
        }
        if (own.isOther()) {
            return "expected a regular file, found " + special(entry);
        }
        if (own.isDirectory()) {
            return isJson(entry) ? "expected a regular file, found a directory" : null;
        }
        return isJson(entry) && !Files.isReadable(entry) ? "cannot read the file: permission denied" : null;
    }

    private static String symlink(Project project, Path entry) {
        Path target;
        try {
            target = entry.toRealPath();
        } catch (FileSystemLoopException e) {
            return "expected a regular file, found a symlink loop";
        } catch (NoSuchFileException e) {
            return "expected a regular file, found a dangling symlink (to " + linkTarget(entry) + ", which does not "
                    + "exist)";
        } catch (IOException e) {
            // Linux reports a loop as "Too many levels of symbolic links", not always as FileSystemLoopException.
            return e.getMessage() != null && e.getMessage().contains("symbolic links")
                    ? "expected a regular file, found a symlink loop"
                    : "cannot follow the symlink: " + e.getMessage();
        }
        Path home;
        try {
            home = project.home().toRealPath();
        } catch (IOException e) {
            home = project.home();
        }
        if (!target.startsWith(home)) {
            return "expected a regular file inside the project, found a symlink to " + target;
        }
        if (Files.isDirectory(target)) {
            return "expected a regular file, found a symlink to a directory";
        }
        if (!Files.isRegularFile(target)) {
            return "expected a regular file, found a symlink to " + special(target);
        }
        return isJson(entry) && !Files.isReadable(target) ? "cannot read the file: permission denied" : null;
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    /** The kind of a file that is neither regular, nor a directory, nor a symlink, from its Unix mode. */
    private static String special(Path file) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
        return switch (mode & 0170000) {
            case 0010000 -> "a FIFO";
            case 0140000 -> "a socket";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            default -> "a special file";
        };
    }
}
