package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.model.Policy;

/**
 * Each {@code load/bad/bad-<reason>/} folder is laid over a copy of the golden project; the load must fail
 * with exactly the problems of its {@code expected.txt}, each naming file, line:column, JSON pointer and
 * what was expected. The two cases too large to commit are generated here.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyBadFixtureFailsWithItsExpectedProblems() throws IOException {
        try (Stream<Path> cases = Files.list(Fixtures.resource("bad"))) {
            List<Path> dirs = cases.filter(Files::isDirectory).sorted().collect(Collectors.toList());
            assertFalse(dirs.isEmpty());
            return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                Path home = Fixtures.overlay(dir, tmp.resolve(dir.getFileName().toString()));
                assertEquals(expected(dir.resolve("expected.txt")), problems(home));
            }));
        }
    }

    @Test
    void nestingOneHundredThousandLevelsDeepIsOneProblem() throws IOException {
        Path home = Fixtures.overlay(null, tmp.resolve("deep"));
        int depth = 100_000;
        String deep = "{\"people\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
        Files.writeString(home.resolve("data/deep.json"), deep);
        assertEquals(List.of("data/deep.json:1:211: (document): expected at most 200 levels of nested arrays and "
                + "objects, found deeper nesting"), problems(home));
    }

    @Test
    void fiftyMegabyteStringIsOneProblem() throws IOException {
        Path home = Fixtures.overlay(null, tmp.resolve("huge"));
        Path file = home.resolve("data/huge.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"people\": [{\"id\": \"person/huge\", \"label\": {\"en\": \"Huge\", \"fr\": \"Énorme\"},\n"
                    + "  \"note\": \"");
            String chunk = "x".repeat(1 << 20);
            for (int i = 0; i < 50; i++) {
                w.write(chunk);
            }
            w.write("\"}]}\n");
        }
        assertEquals(List.of("data/huge.json:2:11: /people/0/note: expected a string of at most 1000000 characters, "
                + "found a longer one"), problems(home));
    }

    /** A 5 KB id of 2,505 segments once overflowed the stack of the id pattern's nested repetition. */
    @Test
    void aFiveKilobyteIdIsOneProblem() throws IOException {
        Path home = Fixtures.overlay(null, tmp.resolve("long-id"));
        String id = "person/" + "a-".repeat(2_504) + "a";
        Files.writeString(home.resolve("data/long.json"), "{\"people\": [{\"id\": \"" + id
                + "\", \"label\": {\"en\": \"Long\", \"fr\": \"Long\"}}]}\n");
        assertEquals(List.of("data/long.json:1:20: /people/0/id: expected an id of at most " + Policy.MAX_ID
                + " characters, found one of " + id.length()), problems(home));
    }

    @Test
    void bytesThatAreNotUtf8AreOneProblem() throws IOException {
        Path home = Fixtures.overlay(null, tmp.resolve("latin1"));
        Files.write(home.resolve("data/latin1.json"),
                "{\"people\": [{\"id\": \"person/x\", \"label\": {\"en\": \"Ma\u00efga\"}}]}"
                        .getBytes(StandardCharsets.ISO_8859_1));
        List<String> problems = problems(home);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("data/latin1.json"), problems.get(0));
        assertTrue(problems.get(0).endsWith("(document): malformed JSON: expected UTF-8 text, found bytes that are "
                + "not UTF-8"), problems.get(0));
    }

    private static List<String> problems(Path home) {
        LoadException e = assertThrows(LoadException.class, () -> GraphBuilder.build(Fixtures.project(home)));
        for (Problem p : e.problems()) {
            assertFalse(p.message().contains("Exception"), p::toString);
            assertFalse(p.message().contains("\n"), p::toString);
        }
        return e.problems().stream().sorted().map(Problem::toString).collect(Collectors.toList());
    }

    private static List<String> expected(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toList());
    }
}
