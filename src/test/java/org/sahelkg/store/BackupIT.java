package org.sahelkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.Fixtures;
import org.sahelkg.load.Project;

/**
 * The README's backup and restore commands ("Operations"), run as written: a backup taken while the store
 * is open (as by {@code serve}), the store deleted, the backup restored; the store then holds the same
 * quads and is not rebuilt.
 */
class BackupIT {
    /** Exactly the README's commands, with the store and the archive as variables. */
    static final String BACKUP = "cd \"$STORE\" && tar -czf \"$ARCHIVE\" --exclude='*/dumps' CURRENT \"$(cat CURRENT)\"";
    static final String RESTORE = "mkdir -p \"$STORE\" && tar -xzf \"$ARCHIVE\" -C \"$STORE\"";

    @TempDir
    Path tmp;

    static void bash(String script, Path store, Path archive) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().put("STORE", store.toString());
        pb.environment().put("ARCHIVE", archive.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), script + ":\n" + out);
    }

    @Test
    void theDocumentedBackupRestoresTheSameStore() throws Exception {
        Path home = tmp.resolve("home");
        for (String dir : List.of("data", "seeds", "ontology", "queries")) {
            Files.createDirectories(home.resolve(dir));
        }
        Files.writeString(home.resolve("data/events.json"), "{\"events\": []}\n");
        Project project = new Project(home, tmp.resolve("texts"));
        Path storeDir = tmp.resolve("store");
        Path archive = tmp.resolve("backup.tgz");
        List<String> before;
        try (Store store = new Store(storeDir, p -> Fixtures.memory(), note -> { })) {
            store.ensureFresh(project);
            // Dumps being written by serve are left out: serve writes them again after a restore.
            Path dumps = store.currentGeneration().orElseThrow().resolve("dumps");
            Files.createDirectories(dumps);
            Files.writeString(dumps.resolve("sahel-kg.nq.partial"), "<urn:x:half");
            DatasetGraph served = store.open();
            before = StoreIT.nquads(served);
            bash(BACKUP, storeDir, archive); // while the store is open, as under serve
        }
        delete(storeDir);
        assertFalse(Files.exists(storeDir));
        bash(RESTORE, storeDir, archive);
        try (Store store = new Store(storeDir, p -> {
            throw new AssertionError("the restored store was rebuilt");
        }, note -> { })) {
            assertFalse(store.ensureFresh(project), "the restored generation is current for these inputs");
            assertEquals(before, StoreIT.nquads(store.open()));
            assertEquals(Fixtures.TRIPLES, before.size());
            assertFalse(Files.exists(store.currentGeneration().orElseThrow().resolve("dumps")), "dumps left out");
        }
    }

    static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
