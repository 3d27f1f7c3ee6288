package org.sahelkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 12 (part): a {@code load} killed with SIGKILL while it writes leaves a generation directory that
 * {@code CURRENT} does not name; the next process that opens the store removes it, keeping the current one.
 */
class LeftoversIT {
    @TempDir
    Path tmp;

    Set<String> generations(Path store) throws Exception {
        try (Stream<Path> children = Files.list(store)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-"))
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void theNextOpenRemovesTheGenerationOfAKilledLoad() throws Exception {
        Path store = tmp.resolve("store");
        String[] load = {"load", "--home", System.getProperty("sahelkg.home", "."), "--store", store.toString()};
        CrashIT.run(tmp.resolve("load.log"), load);
        Set<String> before = Set.of();
        boolean killed = false;
        for (int attempt = 0; attempt < 3 && !killed; attempt++) {
            before = generations(store);
            Process p = CrashIT.start(tmp.resolve("killed-" + attempt + ".log"), load);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (p.isAlive() && generations(store).equals(before) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            killed = generations(store).size() > before.size();
        }
        assertTrue(killed, "a load was killed while writing its generation: " + generations(store));
        String current = Files.readString(store.resolve(Store.CURRENT)).strip();
        assertEquals(before, Set.of(current), "the killed load did not become current");

        try (Store s = new Store(store)) {
            assertTrue(!StoreIT.nquads(s.open()).isEmpty());
        }
        assertEquals(Set.of(current), generations(store), "the killed load's generation is removed at the next open");
    }
}
