package org.sahelkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Whole directory trees: store generations, temporary dumps, generated benchmark data. */
public final class Directories {
    private Directories() {
    }

    /**
     * Deletes {@code root} and everything under it, as far as it can: a file that cannot be deleted is left,
     * and so are the directories above it. Nothing happens when {@code root} does not exist.
     */
    public static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Best effort.
        }
    }
}
