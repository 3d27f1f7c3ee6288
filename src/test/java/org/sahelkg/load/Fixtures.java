package org.sahelkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The loader's test projects: the golden one, and copies of it with a bad case laid over. */
public final class Fixtures {
    /** Where a project's texts would be; the loader never reads them. */
    static final String NO_TEXTS = "no-texts";

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/load/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path golden() {
        return resource("golden");
    }

    static Project project(Path home) {
        return new Project(home, home.resolve(NO_TEXTS));
    }

    /** A copy of the golden project's inputs in {@code target}, with {@code overlay}'s files added or replaced. */
    public static Path overlay(Path overlay, Path target) {
        for (String dir : List.of("ontology", "seeds", "data", "queries")) {
            if (Files.isDirectory(golden().resolve(dir))) {
                copyTree(golden().resolve(dir), target.resolve(dir));
            }
            if (overlay != null && Files.isDirectory(overlay.resolve(dir))) {
                copyTree(overlay.resolve(dir), target.resolve(dir));
            }
        }
        return target;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.collect(Collectors.toList())) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
