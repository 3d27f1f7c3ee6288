package org.sahelkg.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelkg.iri.Iris;
import org.sahelkg.store.Store;

/**
 * Issue 12, items 3, 6 and 7: no command destroys data. Each test runs the attack against a good store built from
 * a copy of the real project, through the same build {@code sahel-kg} uses ({@link Main#checkedBuild}), and checks
 * the refusal and that the store's CURRENT and sorted N-Quads are as they were.
 */
class DataSafetyIT {
    static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));

    @TempDir
    static Path shared;

    static Path home;
    static Path store;
    static String current;
    static List<String> quads;

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void buildTheGoodStore() throws IOException {
        home = copy(shared.resolve("home"));
        store = shared.resolve("store");
        Result load = run("load", "--home", home.toString(), "--store", store.toString());
        assertEquals(0, load.code(), load.err());
        current = Files.readString(store.resolve(Store.CURRENT));
        quads = quads(store);
        assertTrue(quads.size() > 10_000, "the good store holds the real graph");
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Main.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8), e,
                project -> Main.checkedBuild(project, e)).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A copy of the project's inputs at {@code dir}. */
    static Path copy(Path dir) throws IOException {
        for (String input : List.of("ontology", "data", "seeds", "queries")) {
            Path from = HOME.resolve(input);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path p : files.toList()) {
                    Path to = dir.resolve(input).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        return dir;
    }

    static List<String> quads(Path storeDir) {
        try (Store s = new Store(storeDir, p -> {
            throw new AssertionError("the store must not be rebuilt to be read");
        }, note -> { })) {
            DatasetGraph dsg = s.open();
            return Txn.calculateRead(dsg, () -> {
                List<String> lines = new ArrayList<>();
                dsg.find().forEachRemaining(q -> lines.add(NodeFmtLib.str(q)));
                return lines.stream().sorted().toList();
            });
        }
    }

    static void assertUntouched() throws IOException {
        assertEquals(current, Files.readString(store.resolve(Store.CURRENT)), "CURRENT is as it was");
        assertEquals(quads, quads(store), "the store holds the same quads");
    }

    static List<String> withStore(Path project, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--home", project.toString(), "--store", store.toString()));
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"an empty directory", "a directory with data/ only"})
    void commandsOutsideAProjectAreRefusedAndTouchNothing(String where) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("elsewhere"));
        if (where.contains("data/")) {
            Files.createDirectories(dir.resolve("data"));
        }
        List<List<String>> commands = List.of(List.of("export", "--format", "nq"), List.of("query", "members"),
                List.of("reason"), List.of("serve", "--host", "127.0.0.1", "--port", "0"), List.of("load"),
                List.of("validate"));
        for (List<String> command : commands) {
            List<String> args = command.get(0).equals("validate")
                    ? List.of("validate", "--home", dir.toString())
                    : withStore(dir, command.toArray(String[]::new));
            Result r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), command + ": " + r.err() + r.out());
            assertTrue(r.err().contains(dir.toAbsolutePath().normalize() + " is not a sahel-kg project (no "
                    + (where.contains("data/") ? "ontology/, seeds/" : "ontology/, data/, seeds/")
                    + "): run it from the project's directory or give --home DIR"), command + ": " + r.err());
            assertEquals("", r.out(), command + " printed nothing");
            assertFalse(r.err().contains("\tat "), "no stack trace");
        }
        assertUntouched();
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(where.contains("data/") ? 1 : 0, left.count(), "nothing was written where it ran");
        }
    }

    /** Without {@code --home}, the current directory: the attack as it was made, in a process of its own. */
    @Test
    void exportFromAnEmptyCurrentDirectoryIsRefused() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve("cwd"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = Path.of(System.getProperty("sahelkg.jar", "target/sahel-kg.jar")).toAbsolutePath();
        Process p = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "export", "--format", "nq", "--store", store.toString())
                .directory(dir.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "export stops by itself");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), output);
        assertTrue(output.contains(dir.toRealPath() + " is not a sahel-kg project")
                || output.contains(dir.toAbsolutePath() + " is not a sahel-kg project"), output);
        assertUntouched();
    }

    @Test
    void anEmptyProjectIsNotPublished() throws IOException {
        Path dir = tmp.resolve("bare");
        for (String marker : List.of("ontology", "data", "seeds")) {
            Files.createDirectories(dir.resolve(marker));
        }
        Result r = run(withStore(dir, "load").toArray(String[]::new));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("refusing to publish an empty store"), r.err());
        assertUntouched();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dangling symlink", "symlink loop", "FIFO", "directory"})
    void aDataFileReplacedBySomethingElseIsAnError(String kind) throws IOException, InterruptedException {
        Path project = copy(tmp.resolve("home"));
        Path file = project.resolve("data/memberships.json");
        Files.delete(file);
        String found = switch (kind) {
            case "dangling symlink" -> {
                Files.createSymbolicLink(file, Path.of("gone.json"));
                yield "a dangling symlink (to gone.json, which does not exist)";
            }
            case "symlink loop" -> {
                Files.createSymbolicLink(file, Path.of("memberships.json"));
                yield "a symlink loop";
            }
            case "FIFO" -> {
                mkfifo(file);
                yield "a FIFO";
            }
            default -> {
                Files.createDirectory(file);
                yield "a directory";
            }
        };
        String expected = "data/memberships.json: expected a regular file, found " + found;
        Result validate = run("validate", "--home", project.toString());
        assertEquals(1, validate.code(), validate.out() + validate.err());
        assertEquals(expected, validate.err().strip());
        Result load = run(withStore(project, "load").toArray(String[]::new));
        assertEquals(1, load.code(), load.out() + load.err());
        assertEquals(expected, load.err().strip());
        assertUntouched();
    }

    private static void mkfifo(Path file) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
            return;
        }
        assertTrue(p.waitFor(10, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "mkfifo");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a quote not in its source", "an offset off by one", "a wrong seed sha256"})
    void loadRefusesWrongQuotesAtTheirFileAndLine(String attack) throws IOException {
        Path project = copy(tmp.resolve("home"));
        String expected;
        if (attack.contains("sha256")) {
            Path seed = project.resolve("seeds/003_dad2c62ecae5722a.json");
            String text = Files.readString(seed);
            String sha = "07ff0bf85201db9cbd7b0fd7f23a2d751e3cc8e46d06b26de10784c9344e6d94";
            Files.writeString(seed, text.replace(sha, "0".repeat(64)));
            expected = "seeds/003_dad2c62ecae5722a.json:" + lineColumn(text, text.indexOf("\"" + sha)) + ": /sha256: "
                    + "expected the SHA-256 of " + Path.of(System.getProperty("sahelkg.texts")).toAbsolutePath()
                    .normalize().resolve("003_dad2c62ecae5722a.txt") + ", " + sha + ", found " + "0".repeat(64);
        } else {
            Path data = project.resolve("data/memberships.json");
            String text = Files.readString(data);
            String quote = "(AES) – which includes Mali, Burkina Faso and Niger";
            int at = text.indexOf("\"" + quote + "\"");
            String entry = lineColumn(text, text.lastIndexOf('{', at));
            if (attack.contains("offset")) {
                Files.writeString(data, text.replaceFirst("\"at\": 1265", "\"at\": 1266"));
                expected = "data/memberships.json:" + entry + ": /memberships/0/evidence/0: expected the quote \""
                        + quote + "\" at offset 1266 of source/003 (003_dad2c62ecae5722a.txt), found it at offset "
                        + "1265 instead";
            } else {
                // Every quote of that span changes, so that only the text can tell.
                Files.writeString(data, text.replace(quote, "(AES) – which includes Mali, Burkina Faso and Chad"));
                expected = "data/memberships.json:" + entry + ": /memberships/0/evidence/0: expected the quote "
                        + "\"(AES) – which includes Mali, Burkina Faso and Chad\" at offset 1265 of source/003 "
                        + "(003_dad2c62ecae5722a.txt), found it nowhere in that text";
            }
        }
        Result load = run(withStore(project, "load").toArray(String[]::new));
        assertEquals(1, load.code(), load.out() + load.err());
        assertTrue(load.err().lines().anyMatch(l -> l.strip().equals(expected)), expected + "\nin\n" + load.err());
        assertFalse(load.err().contains("\tat "), "no stack trace");
        assertUntouched();
    }

    @Test
    void loadWithoutTheTextsFailsUnlessToldTo() throws IOException {
        Path missing = tmp.resolve("no-texts");
        Result r = run(withStore(home, "load", "--texts", missing.toString()).toArray(String[]::new));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith(missing + ": expected the directory of the source texts"), r.err());
        assertUntouched();
        Result fresh = run("load", "--home", home.toString(), "--store", tmp.resolve("fresh-store").toString(),
                "--texts", missing.toString(), "--without-texts");
        assertEquals(0, fresh.code(), fresh.err());

        // Over a store built with the texts, the sentence coverage they gave would go: refused unless allowed.
        Path other = tmp.resolve("other-store");
        copyStore(other);
        Result shrinking = run("load", "--home", home.toString(), "--store", other.toString(), "--texts",
                missing.toString(), "--without-texts");
        assertEquals(1, shrinking.code(), shrinking.err());
        assertTrue(shrinking.err().contains("refusing to publish a smaller store"), shrinking.err());
        assertTrue(shrinking.err().contains("quads of " + Iris.GRAPH_SOURCES), shrinking.err());
        Result allowed = run("load", "--home", home.toString(), "--store", other.toString(), "--texts",
                missing.toString(), "--without-texts", "--allow-shrink");
        assertEquals(0, allowed.code(), allowed.err());
    }

    @Test
    void removingARecordIsRefusedWithoutTheFlagAndSaidWithIt() throws IOException {
        Path project = copy(tmp.resolve("home"));
        Path data = project.resolve("data/memberships.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(data.toFile());
        ArrayNode memberships = (ArrayNode) root.get("memberships");
        int all = memberships.size();
        // The last (Laessing's post): the first, Mali's seat in the AES, is what names Mali in "the AES
        // countries", so the load would refuse the events that quote those words before it came to the size.
        memberships.remove(all - 1);
        json.writerWithDefaultPrettyPrinter().writeValue(data.toFile(), root);

        Result refused = run(withStore(project, "load").toArray(String[]::new));
        assertEquals(1, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("refusing to publish a smaller store"), refused.err());
        assertTrue(refused.err().contains("  1 membership (of " + all + ")"), refused.err());
        assertTrue(refused.err().contains("--allow-shrink"), refused.err());
        assertUntouched();

        Path other = tmp.resolve("other-store");
        copyStore(other);
        Result allowed = run("load", "--home", project.toString(), "--store", other.toString(), "--allow-shrink");
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains("Removed (--allow-shrink):\n"), allowed.out());
        assertTrue(allowed.out().contains("\n  1 membership (of " + all + ")\n"), allowed.out());
    }

    /** A copy of the good store's current generation, so that publishing a smaller one leaves the shared one be. */
    private static void copyStore(Path to) throws IOException {
        Path gen = store.resolve(current.strip());
        try (Stream<Path> files = Files.walk(gen)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(current.strip()).resolve(gen.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else if (!p.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(p, dest);
                }
            }
        }
        Files.writeString(to.resolve(Store.CURRENT), current);
    }

    /** {@code line:column} (1-based) of the character at {@code index}. */
    private static String lineColumn(String text, int index) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                start = i + 1;
            }
        }
        return line + ":" + (text.codePointCount(start, index) + 1);
    }
}
