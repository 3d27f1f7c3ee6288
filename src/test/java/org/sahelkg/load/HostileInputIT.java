package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.store.Store;

/**
 * A generated corpus of more than 500 hostile or broken inputs, each laid over a valid project and loaded into a
 * real store: truncated and malformed JSON, 100,000-deep nesting, a 50 MB string, wrong types, unknown fields,
 * dangling references, invalid ids and Wikidata ids, impossible dates, duplicate ids, control and bidi characters
 * in labels, wrong top-level values and bytes that are not UTF-8. Every one must give a clear error that names the
 * file and a JSON pointer and says what was expected, never a stack trace, an OutOfMemoryError or a
 * StackOverflowError; and the store's content (triple count and a hash of its sorted N-Quads) must be unchanged.
 * The corpus is seeded, so a failure is reproducible from its case name.
 */
class HostileInputIT {
    static final long SEED = 20250401L;
    static final ObjectMapper JSON = new ObjectMapper();
    /** The ways the loader says what it expected: "expected …", a reference that resolves to nothing, a field
     * that must be present or absent, an id or key given twice, or the JSON parser's own account of bad syntax. */
    static final java.util.regex.Pattern SAYS_WHAT_WAS_EXPECTED = java.util.regex.Pattern.compile(
            "expect|^dangling reference \\S+: no record|^missing required field|^unknown field|^duplicate (id|key)"
                    + "|^malformed JSON: .{10,}");

    @TempDir
    Path tmp;

    /** One bad input: which data file to replace, and its bytes. */
    record Case(String name, String file, byte[] content) {
    }

    @Test
    void everyHostileInputIsRejectedClearlyAndLeavesTheStoreAsItWas() throws Exception {
        Path home = Fixtures.overlay(null, tmp.resolve("project"));
        Project project = Fixtures.project(home);
        List<Case> corpus = corpus(home);
        assertTrue(corpus.size() >= 500, "a corpus of at least 500 bad inputs, found " + corpus.size());

        try (Store store = new Store(tmp.resolve("store"), KnowledgeGraph::build, note -> { })) {
            store.rebuild(project);
            Path generation = store.currentGeneration().orElseThrow();
            String before = content(store);
            List<String> failures = new ArrayList<>();
            int n = 0;
            for (Case c : corpus) {
                Path file = home.resolve(c.file());
                byte[] original = Files.exists(file) ? Files.readAllBytes(file) : null;
                Files.write(file, c.content());
                try {
                    String problem = rejected(store, project, c);
                    if (problem != null) {
                        failures.add(c.name() + ": " + problem);
                    }
                } finally {
                    if (original == null) {
                        Files.delete(file);
                    } else {
                        Files.write(file, original);
                    }
                }
                if (++n % 100 == 0) {
                    assertEquals(before, content(store), "store content after " + n + " bad loads; "
                            + failures.stream().filter(f -> f.contains("accepted")).toList());
                }
            }
            assertEquals(List.of(), failures, failures.size() + " of " + corpus.size() + " cases");
            assertEquals(generation, store.currentGeneration().orElseThrow(), "the current generation changed");
            assertEquals(before, content(store), "the store's content changed");
        }
    }

    /** Null when the case was rejected as it should be, else what went wrong. */
    private static String rejected(Store store, Project project, Case c) {
        try {
            store.rebuild(project);
            return "was accepted";
        } catch (LoadException e) {
            if (e.problems().isEmpty()) {
                return "no problem listed";
            }
            for (Problem p : e.problems()) {
                String line = p.toString();
                if (p.file() == null || !p.file().matches("(data|seeds|ontology)/.+")) {
                    return "the problem names no project file: " + line;
                }
                if (p.pointer() == null) {
                    return "the problem has no JSON pointer: " + line;
                }
                if (!SAYS_WHAT_WAS_EXPECTED.matcher(p.message()).find()) {
                    return "the problem does not say what was expected: " + line;
                }
                if (line.contains("\tat ") || line.contains("Exception") || line.contains("com.fasterxml")
                        || line.length() > 600) {
                    return "the problem reads like a stack trace: " + line;
                }
            }
            return null;
        } catch (StackOverflowError | OutOfMemoryError e) {
            return "threw " + e.getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /** Triple count and SHA-256 of the store's sorted N-Quads. */
    private static String content(Store store) throws Exception {
        DatasetGraph dsg = store.open();
        return Txn.calculateRead(dsg, () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().sorted().toList();
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                lines.forEach(l -> sha.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
                return lines.size() + " " + HexFormat.of().formatHex(sha.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // The corpus

    static List<Case> corpus(Path home) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> files;
        try (Stream<Path> s = Files.walk(home.resolve("data"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).map(p -> home.relativize(p).toString()).sorted().toList();
        }
        List<Case> corpus = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String f = pick(files, random);
            byte[] bytes = Files.readAllBytes(home.resolve(f));
            int cut = 1 + random.nextInt(bytes.length - 2);
            corpus.add(new Case("truncated-" + i, f, java.util.Arrays.copyOf(bytes, cut)));
        }
        String[] junk = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\u0000", "x", "nul", "tru", "1e99999", "'"};
        for (int i = 0; i < 80; ) {
            String f = pick(files, random);
            String text = Files.readString(home.resolve(f));
            int at = random.nextInt(text.length());
            String broken = text.substring(0, at) + junk[random.nextInt(junk.length)] + text.substring(at + 1);
            if (!isJson(broken)) {
                corpus.add(new Case("malformed-" + i++, f, broken.getBytes(StandardCharsets.UTF_8)));
            }
        }
        corpus.add(new Case("nested-100000", "data/deep.json", ("{\"events\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8)));
        corpus.add(new Case("string-50MB", "data/huge.json", hugeString()));
        corpus.add(new Case("array-200000", "data/wide.json", ("{\"events\": [" + "1,".repeat(199_999) + "1]}")
                .getBytes(StandardCharsets.UTF_8)));
        corpus.add(new Case("not-utf8", "data/latin1.json", new byte[] {'{', '"', 'e', (byte) 0xE9, '"', ':', '1', '}'}));
        for (String top : List.of("", " ", "[]", "[{}]", "null", "42", "\"events\"", "{}{}", "{\"events\": []} x",
                "\uFEFF{\"events\": [{]}")) {
            corpus.add(new Case("top-level-" + corpus.size(), "data/top.json", top.getBytes(StandardCharsets.UTF_8)));
        }
        addTreeMutations(corpus, home, files, random, "wrong-type", 100, HostileInputIT::wrongType);
        addTreeMutations(corpus, home, files, random, "unknown-field", 50, (node) -> unknownField(node, random));
        addTreeMutations(corpus, home, files, random, "dangling", 50, (node) -> replaceString(node, random,
                s -> s.matches("[a-z-]+/[a-z0-9-]+") && !s.startsWith("source/"), s -> s + "-missing"));
        String[] badIds = {"Country/Mali", "country/ma li", "country/", "", "country/mali/x", "country/mâli",
                "http://example.org/x", "nokind/x", "country/-x", "country/x-", "country/UPPER", "country/a_b"};
        addTreeMutations(corpus, home, files, random, "bad-id", 36, (node) -> replaceField(node, random, "id",
                s -> badIds[random.nextInt(badIds.length)]));
        String[] badDates = {"2025-02-30", "2025-13-01", "2025-04-31", "2026-01-01/2025-01-01", "[2025-05-01..2025-04-01]",
                "25-04-01", "2025/04/01", "", "2025-00", "2025-04-06T10:00", "April 2025", "2025-4-6", "-2025", "202X-1"};
        addTreeMutations(corpus, home, files, random, "bad-date", 42, (node) -> replaceDate(node, random, badDates));
        addTreeMutations(corpus, home, files, random, "duplicate-id", 25, (node) -> duplicateRecord(node, random));
        String[] controls = {"\u0007", "\u202E", "\u2066", "\u0000", "\u001B[31m", "\u200F\u202D", "\n"};
        addTreeMutations(corpus, home, files, random, "control-char", 35, (node) -> replaceString(node, random,
                s -> !s.matches("[a-z-]+/[a-z0-9-]+") && s.length() > 3 && !s.matches(".*\\d{4}.*"),
                s -> s.substring(0, 2) + controls[random.nextInt(controls.length)] + s.substring(2)));
        String[] qids = {"Q0", "P31", "Q12x", "q912", "Q-1"};
        addTreeMutations(corpus, home, List.of("data/places.json"), random, "bad-wikidata", 5,
                (node) -> setFirst(node, "countries", "wikidata", new TextNode(qids[random.nextInt(qids.length)])));
        return corpus;
    }

    private static void addTreeMutations(List<Case> corpus, Path home, List<String> files, SplittableRandom random,
                                         String name, int count, Function<JsonNode, Boolean> mutation) throws IOException {
        int made = 0;
        for (int attempt = 0; made < count && attempt < count * 20; attempt++) {
            String f = pick(files, random);
            JsonNode tree = JSON.readTree(home.resolve(f).toFile());
            if (mutation.apply(tree)) {
                corpus.add(new Case(name + "-" + made, f, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree)));
                made++;
            }
        }
        if (made < count) {
            throw new IllegalStateException("could only make " + made + " " + name + " cases");
        }
    }

    /** A value of another JSON type in place of a random field's value. */
    private static boolean wrongType(JsonNode tree) {
        List<ObjectNode> objects = objects(tree);
        ObjectNode o = objects.get(Math.floorMod(tree.toString().length() * 31 + objects.size(), objects.size()));
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return false;
        }
        String field = names.get(Math.floorMod(o.toString().hashCode(), names.size()));
        JsonNode value = o.get(field);
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode replacement = value.isTextual() ? f.numberNode(42) : value.isArray() ? f.textNode("not a list")
                : value.isObject() ? f.arrayNode().add(1) : value.isNumber() ? f.textNode("12") : f.objectNode();
        o.set(field, replacement);
        return true;
    }

    private static boolean unknownField(JsonNode tree, SplittableRandom random) {
        List<ObjectNode> objects = objects(tree);
        objects.get(random.nextInt(objects.size())).put("zz_unexpected_" + random.nextInt(1000), 1);
        return true;
    }

    private static boolean replaceString(JsonNode tree, SplittableRandom random, java.util.function.Predicate<String> which,
                                         Function<String, String> how) {
        List<Map.Entry<ObjectNode, String>> candidates = new ArrayList<>();
        for (ObjectNode o : objects(tree)) {
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && !e.getKey().equals("id") && !e.getKey().equals("quote")
                        && which.test(e.getValue().asText())) {
                    candidates.add(Map.entry(o, e.getKey()));
                }
            });
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Map.Entry<ObjectNode, String> c = candidates.get(random.nextInt(candidates.size()));
        c.getKey().put(c.getValue(), how.apply(c.getKey().get(c.getValue()).asText()));
        return true;
    }

    private static boolean replaceField(JsonNode tree, SplittableRandom random, String field, Function<String, String> how) {
        List<ObjectNode> withField = objects(tree).stream().filter(o -> o.has(field) && o.get(field).isTextual()).toList();
        if (withField.isEmpty()) {
            return false;
        }
        ObjectNode o = withField.get(random.nextInt(withField.size()));
        o.put(field, how.apply(o.get(field).asText()));
        return true;
    }

    private static boolean replaceDate(JsonNode tree, SplittableRandom random, String[] badDates) {
        List<Map.Entry<ObjectNode, String>> candidates = new ArrayList<>();
        for (ObjectNode o : objects(tree)) {
            for (String f : List.of("date", "during", "validAt", "issued")) {
                if (o.has(f) && o.get(f).isTextual()) {
                    candidates.add(Map.entry(o, f));
                }
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        Map.Entry<ObjectNode, String> c = candidates.get(random.nextInt(candidates.size()));
        c.getKey().put(c.getValue(), badDates[random.nextInt(badDates.length)]);
        return true;
    }

    private static boolean duplicateRecord(JsonNode tree, SplittableRandom random) {
        List<ArrayNode> arrays = new ArrayList<>();
        tree.fields().forEachRemaining(e -> {
            if (e.getValue().isArray() && e.getValue().size() > 0) {
                arrays.add((ArrayNode) e.getValue());
            }
        });
        if (arrays.isEmpty()) {
            return false;
        }
        ArrayNode a = arrays.get(random.nextInt(arrays.size()));
        a.add(a.get(random.nextInt(a.size())).deepCopy());
        return true;
    }

    private static boolean setFirst(JsonNode tree, String array, String field, JsonNode value) {
        JsonNode a = tree.get(array);
        if (a == null || !a.isArray() || a.isEmpty()) {
            return false;
        }
        ((ObjectNode) a.get(0)).set(field, value);
        return true;
    }

    private static List<ObjectNode> objects(JsonNode node) {
        List<ObjectNode> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<ObjectNode> out) {
        if (node.isObject()) {
            out.add((ObjectNode) node);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collect(it.next(), out);
        }
    }

    private static byte[] hugeString() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(52 * 1024 * 1024);
        try (OutputStream o = out) {
            o.write("{\"events\": [{\"id\": \"event/x\", \"label\": {\"en\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(1024 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50; i++) {
                o.write(chunk);
            }
            o.write("\"}}]}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** True when the text still parses as JSON: such a "corruption" is not malformed and is left out. */
    private static boolean isJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String pick(List<String> files, SplittableRandom random) {
        return files.get(random.nextInt(files.size()));
    }
}
