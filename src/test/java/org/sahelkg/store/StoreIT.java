package org.sahelkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.Fixtures;
import org.sahelkg.load.LoadException;
import org.sahelkg.load.Problem;
import org.sahelkg.load.Project;

/** Build-and-swap: a store only ever changes by a complete build, and only when its inputs change. */
class StoreIT {

    @TempDir
    Path tmp;

    Project project;
    Path storeDir;
    final AtomicInteger builds = new AtomicInteger();
    final List<String> notes = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        Path home = tmp.resolve("home");
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("seeds"));
        Files.createDirectories(home.resolve("ontology"));
        Files.createDirectories(home.resolve("queries"));
        Files.writeString(home.resolve("data/events.json"), "{\"events\": []}\n");
        Files.writeString(home.resolve("ontology/sahel-kg.ttl"), "# ontology\n");
        project = new Project(home, tmp.resolve("texts"));
        storeDir = tmp.resolve("store");
    }

    static DatasetGraph fixture() {
        return Fixtures.memory();
    }

    Store store(Function<Project, DatasetGraph> source) {
        return new Store(storeDir, p -> {
            builds.incrementAndGet();
            return source.apply(p);
        }, notes::add);
    }

    @Test
    void rebuildThenReopenGivesTheSameQuads() throws IOException {
        Path gen;
        try (Store store = store(p -> fixture())) {
            gen = store.rebuild(project);
        }
        assertEquals(gen.getFileName().toString(),
                Files.readString(storeDir.resolve(Store.CURRENT)).strip());
        assertTrue(gen.getFileName().toString().matches("gen-[0-9]{8}T[0-9]{6}Z-[0-9]+"), gen.toString());
        assertEquals(Store.fingerprint(project), Files.readString(gen.resolve(Store.FINGERPRINT)).strip());

        try (Store reopened = new Store(storeDir)) {
            DatasetGraph dsg = reopened.open();
            assertEquals(nquads(fixture()), nquads(dsg));
            assertEquals("https://w3id.org/sahel-kg/ontology#", Txn.calculateRead(dsg,
                    () -> dsg.prefixes().get("skg")));
            // The default graph is the union of the named graphs.
            long inUnion = Txn.calculateRead(dsg, () -> {
                try (QueryExecution qe = QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", DatasetFactory.wrap(dsg))) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(Fixtures.TRIPLES, inUnion);
        }
    }

    @Test
    void aFailedLoadLeavesTheStoreExactlyAsItWas() throws IOException {
        try (Store store = store(p -> fixture())) {
            store.rebuild(project);
        }
        String current = Files.readString(storeDir.resolve(Store.CURRENT));
        List<Path> before = listing(storeDir);
        String content = contentHash();

        Problem problem = new Problem("data/events.json", "/events/0/date", 3, 14, "expected an EDTF date");
        try (Store failing = store(p -> {
            throw new LoadException(problem);
        })) {
            Files.writeString(project.data().resolve("events.json"), "{\"events\": [{}]}\n");
            LoadException e = assertThrows(LoadException.class, () -> failing.rebuild(project));
            assertTrue(e.getMessage().contains("data/events.json:3:14: /events/0/date"), e.getMessage());
            assertThrows(LoadException.class, () -> failing.ensureFresh(project));
        }
        assertEquals(current, Files.readString(storeDir.resolve(Store.CURRENT)));
        assertEquals(before, listing(storeDir));
        assertEquals(content, contentHash());
    }

    @Test
    void aFailureWhileWritingDeletesThePartialGenerationAndKeepsTheCurrentOne() throws IOException {
        try (Store store = store(p -> fixture())) {
            store.rebuild(project);
        }
        String current = Files.readString(storeDir.resolve(Store.CURRENT));
        List<Path> before = listing(storeDir);
        String content = contentHash();

        // A source whose quads run out half-way: the failure comes after the new generation exists.
        Function<Project, DatasetGraph> breaking = p -> new DatasetGraphWrapper(fixture()) {
            @Override
            public Iterator<Quad> find() {
                Iterator<Quad> quads = super.find();
                return new Iterator<>() {
                    int n;

                    @Override
                    public boolean hasNext() {
                        return quads.hasNext();
                    }

                    @Override
                    public Quad next() {
                        if (++n > 3) {
                            throw new IllegalStateException("disk full (simulated)");
                        }
                        return quads.next();
                    }
                };
            }
        };
        try (Store failing = store(breaking)) {
            assertThrows(IllegalStateException.class, () -> failing.rebuild(project));
        }
        assertEquals(current, Files.readString(storeDir.resolve(Store.CURRENT)));
        assertEquals(before, listing(storeDir));
        assertEquals(content, contentHash());
    }

    @Test
    void ensureFreshRebuildsOnlyWhenAnInputFileChanges() throws IOException {
        try (Store store = store(p -> fixture())) {
            assertTrue(store.ensureFresh(project), "no store yet");
            assertEquals(1, notes.size());
            assertFalse(store.ensureFresh(project), "nothing changed");
            assertEquals(1, builds.get());

            Files.writeString(project.data().resolve("events.json"), "{\"events\": [ ]}\n");
            assertTrue(store.ensureFresh(project), "a data file changed");
            assertFalse(store.ensureFresh(project));

            Files.createDirectories(project.seeds().resolve("nested"));
            Files.writeString(project.seeds().resolve("nested/003.json"), "{}");
            assertTrue(store.ensureFresh(project), "a seeds file was added, even nested");

            Files.writeString(project.queries().resolve("members.rq"), "SELECT * {}");
            assertFalse(store.ensureFresh(project), "queries are not inputs of the store");

            Files.delete(project.seeds().resolve("nested/003.json"));
            assertTrue(store.ensureFresh(project), "a file was removed");
            assertEquals(4, builds.get());
            assertEquals(4, notes.size());
        }
    }

    @Test
    void theFingerprintCoversPathsAndBytes() throws IOException {
        String first = Store.fingerprint(project);
        assertEquals(first, Store.fingerprint(project));
        Files.move(project.data().resolve("events.json"), project.data().resolve("events2.json"));
        String renamed = Store.fingerprint(project);
        assertNotEquals(first, renamed);
        Files.writeString(project.data().resolve("events2.json"), "{\"events\": []}\n ");
        assertNotEquals(renamed, Store.fingerprint(project));
        assertEquals(64, first.length());
        assertFalse(Store.buildIdentity().isBlank());
    }

    @Test
    void oldAndIncompleteGenerationsAreCollectedUnlessInUse() throws IOException {
        Path incomplete = storeDir.resolve("gen-20250101T000000Z-1");
        Files.createDirectories(incomplete.resolve("Data-0001"));
        Files.writeString(incomplete.resolve("Data-0001/junk"), "half-written");
        Path first;
        Path second;
        try (Store store = store(p -> fixture())) {
            first = store.rebuild(project);
            assertFalse(Files.exists(incomplete), "an incomplete generation is garbage");
            DatasetGraph open = store.open();
            second = store.rebuild(project);
            assertTrue(Files.isDirectory(first), "a generation still open is kept");
            assertEquals(nquads(fixture()), nquads(open), "and still readable");
        }
        try (Store store = store(p -> fixture())) {
            Path third = store.rebuild(project);
            assertNotEquals(first, third, "a new generation never takes the name of one it deletes");
            assertFalse(Files.exists(first));
            assertFalse(Files.exists(second));
            assertEquals(List.of(third), generations());
        }
    }

    @Test
    void openWithoutAStoreSaysHowToBuildOne() {
        try (Store store = new Store(storeDir)) {
            StoreException e = assertThrows(StoreException.class, store::open);
            assertTrue(e.getMessage().contains("sahel-kg load"), e.getMessage());
        }
    }

    @Test
    void aStoreHeldByAnotherProcessIsOneLineNamingItsPid() throws Exception {
        try (Store store = store(p -> fixture())) {
            store.rebuild(project);
        }
        Process holder = holdInAnotherProcess(storeDir);
        try (Store store = new Store(storeDir)) {
            StoreException e = assertThrows(StoreException.class, store::open);
            assertEquals("the store " + storeDir.toAbsolutePath().normalize() + " is in use by process " + holder.pid()
                    + " (a running `sahel-kg serve`?): stop that process, or ask the running server instead with "
                    + "--endpoint http://HOST:PORT/sparql (query and export)", e.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
    }

    /** A child process that has opened the store at {@code dir} and keeps it open until destroyed. */
    public static Process holdInAnotherProcess(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), StoreHolder.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.equals(StoreHolder.READY)) {
            // skip anything else the child prints
        }
        if (line == null) {
            holder.destroyForcibly();
            throw new IllegalStateException("the child process did not open the store");
        }
        return holder;
    }

    @Test
    void aStoreLeftOpenByAKilledProcessOpensWithoutManualLockRemoval() throws Exception {
        try (Store store = store(p -> fixture())) {
            store.rebuild(project);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"),
                StoreHolder.class.getName(), storeDir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals(StoreHolder.READY)) {
                // skip anything else the child prints
            }
            assertEquals(StoreHolder.READY, line, "the child process opened the store");
        } finally {
            holder.destroyForcibly();
            holder.waitFor();
        }
        try (Stream<Path> files = Files.walk(storeDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("tdb.lock")),
                    "the killed process left its lock file");
        }
        try (Store store = new Store(storeDir)) {
            assertEquals(nquads(fixture()), nquads(store.open()));
        }
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> children = Files.list(storeDir)) {
            return children.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().toList();
        }
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(Path::getFileName).sorted().toList();
        }
    }

    /** Count and hash of the sorted N-Quads of the current generation. */
    private String contentHash() {
        try (Store store = new Store(storeDir)) {
            List<String> lines = nquads(store.open());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return lines.size() + " " + HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> nquads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> lines = new ArrayList<>();
            dsg.find().forEachRemaining(q -> lines.add(line(q)));
            lines.sort(null);
            return lines;
        });
    }

    private static String line(Quad q) {
        StringWriter sw = new StringWriter();
        for (Node n : List.of(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph())) {
            sw.append(NodeFmtLib.strNT(n)).append(' ');
        }
        return sw.append('.').toString();
    }
}
