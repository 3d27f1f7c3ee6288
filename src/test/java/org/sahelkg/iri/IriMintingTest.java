package org.sahelkg.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * IRIs are minted in {@code iri/} and terms in {@code vocab/}, nowhere else: no other class of any source root
 * (the product's and the tools') spells the base IRI, concatenates onto {@link Iris}'s prefixes, appends a
 * fragment to a resource's IRI or a name to a namespace. A new way to build an IRI becomes a method of
 * {@link Iris}, {@link Graphs} or {@link WebIris}, so that the IRIs the graph mints can be read in one place.
 */
class IriMintingTest {
    static final Path SRC = Path.of(System.getProperty("sahelkg.home", "."), "src");

    /** What building an IRI by hand looks like. */
    static final Map<String, Pattern> MINTING = Map.of(
            "spells the base IRI", Pattern.compile(Pattern.quote(Iris.BASE)),
            "concatenates onto a prefix of Iris", Pattern.compile("\\bIris\\.(BASE|ID|GRAPH|ONTOLOGY|ONTOLOGY_DOCUMENT)\\s*\\+"),
            "appends a fragment to an IRI", Pattern.compile("getURI\\(\\)\\s*\\+\\s*\"#"),
            "appends a name to a namespace", Pattern.compile("\\b[A-Z][A-Z0-9]*\\.NS\\s*\\+"),
            "makes a node of a concatenation", Pattern.compile("createURI\\([^()]*\\+"));

    /**
     * Files that may, and why. Both are benchmark tools, not the product: the load script's SPARQL selects the
     * graph's resources by the base IRI, and the rule benchmark names a property of its own synthetic rule.
     */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "org/sahelkg/bench/LoadScript.java", Set.of("spells the base IRI"),
            "org/sahelkg/bench/RuleBench.java", Set.of("appends a name to a namespace",
                    "makes a node of a concatenation"));

    @Test
    void onlyIriAndVocabBuildIris() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        int files = 0;
        for (Path file : sources()) {
            String pkg = file.toString().replace('\\', '/');
            if (pkg.contains("/org/sahelkg/iri/") || pkg.contains("/org/sahelkg/vocab/")) {
                continue;
            }
            files++;
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                    continue;
                }
                for (Map.Entry<String, Pattern> m : MINTING.entrySet()) {
                    if (m.getValue().matcher(line).find()) {
                        found.computeIfAbsent(relative(file), k -> new ArrayList<>())
                                .add(m.getKey() + " at line " + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertTrue(files > 100, "expected the Java sources under " + SRC + ", found " + files);
        Map<String, List<String>> unexpected = new TreeMap<>(found);
        ALLOWED.forEach((file, what) -> {
            List<String> hits = unexpected.getOrDefault(file, List.of());
            List<String> other = hits.stream().filter(h -> what.stream().noneMatch(w -> h.startsWith(w + " at line ")))
                    .toList();
            if (other.isEmpty()) {
                unexpected.remove(file);
            } else {
                unexpected.put(file, other);
            }
        });
        assertEquals(Map.of(), unexpected, "IRIs built outside iri/ (add a method to Iris, Graphs or WebIris)");
        assertEquals(new TreeSet<>(ALLOWED.keySet()), new TreeSet<>(found.keySet().stream()
                .filter(ALLOWED::containsKey).toList()), "an allowed file no longer builds IRIs: drop it from ALLOWED");
    }

    /** The Java files of every source root but the tests'. */
    static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> roots = Files.list(SRC)) {
            for (Path root : roots.filter(r -> !r.getFileName().toString().equals("test")).sorted().toList()) {
                Path java = root.resolve("java");
                if (Files.isDirectory(java)) {
                    try (Stream<Path> files = Files.walk(java)) {
                        files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    /** The path below the source root: {@code org/sahelkg/…}, the same whichever root the file moves to. */
    static String relative(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.substring(path.indexOf("org/sahelkg/"));
    }
}
