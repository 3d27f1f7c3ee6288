package org.sahelkg.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sahelkg.iri.Graphs;
import org.sahelkg.load.Project;
import org.sahelkg.reason.KnowledgeGraph;

/**
 * Keeps the README and the pages under {@code src/site/markdown/} true, since a newcomer copies from them first.
 * Every {@code ```sparql} block must parse and answer something on the real graph as the endpoint serves it
 * (asserted and inferred, the default graph their union); every {@code ```turtle} block must parse and each of its
 * triples be in that graph; every relative link must reach an existing file and heading; the README stays a door
 * of at most 300 lines. A failure names the file and the line of the block or link.
 */
class DocsQueriesTest {
    private static final int README_MAX_LINES = 300;
    private static final Pattern FENCE = Pattern.compile("^\\s*```\\s*([A-Za-z0-9_-]*).*$");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    static Path home;
    static DatasetGraph served;

    @BeforeAll
    static void build() {
        home = Path.of(System.getProperty("sahelkg.home", ".")).toAbsolutePath().normalize();
        served = Graphs.unionView(KnowledgeGraph.build(Project.at(home)));
    }

    /** A fenced block of a Markdown file: its language, its text, and the line its fence opens on (from 1). */
    record Block(Path file, int line, String lang, String text) {
        String where() {
            return home.relativize(file) + ":" + line;
        }
    }

    @TestFactory
    Stream<DynamicTest> everySparqlBlockAnswers() {
        List<Block> blocks = blocks("sparql");
        assertFalse(blocks.isEmpty(), "no ```sparql block in README.md or src/site/markdown/*.md");
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> answers(b)));
    }

    @TestFactory
    Stream<DynamicTest> everyTurtleBlockIsInTheGraph() {
        List<Block> blocks = blocks("turtle");
        assertFalse(blocks.isEmpty(), "no ```turtle block in README.md or src/site/markdown/*.md");
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> inGraph(b)));
    }

    @Test
    void everyRelativeLinkResolves() {
        List<String> broken = new ArrayList<>();
        for (Path file : documents()) {
            List<String> lines = lines(file);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (FENCE.matcher(lines.get(i)).matches()) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher m = LINK.matcher(CODE_SPAN.matcher(lines.get(i)).replaceAll(""));
                while (m.find()) {
                    String problem = brokenLink(file, m.group(1));
                    if (problem != null) {
                        broken.add(home.relativize(file) + ":" + (i + 1) + ": " + problem);
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), "broken links:\n  " + String.join("\n  ", broken));
    }

    @Test
    void readmeIsADoor() {
        int count = lines(home.resolve("README.md")).size();
        assertTrue(count <= README_MAX_LINES, "README.md has " + count + " lines; expected at most "
                + README_MAX_LINES + ": move the rest to a page under src/site/markdown/");
    }

    private static void answers(Block block) {
        Query query;
        try {
            query = QueryFactory.create(block.text());
        } catch (QueryParseException e) {
            fail(home.relativize(block.file()) + ":" + (block.line() + e.getLine()) + ":" + e.getColumn()
                    + ": the sparql block does not parse: " + e.getMessage());
            return;
        }
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(served)).query(query).build()) {
            boolean answered = switch (query.queryType()) {
                case SELECT -> qe.execSelect().hasNext();
                case ASK -> qe.execAsk();
                case CONSTRUCT -> !qe.execConstruct().isEmpty();
                case DESCRIBE -> !qe.execDescribe().isEmpty();
                default -> false;
            };
            assertTrue(answered, block.where() + ": the sparql block answers nothing on the graph (no row, "
                    + "false or no triple); expected at least one");
        }
    }

    private static void inGraph(Block block) {
        Graph excerpt = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(block.text(), Lang.TURTLE).parse(excerpt);
        } catch (RiotException e) {
            fail(block.where() + ": the turtle block does not parse (lines counted from the fence): "
                    + e.getMessage());
        }
        assertFalse(excerpt.isEmpty(), block.where() + ": the turtle block holds no triple");
        Graph union = served.getDefaultGraph();
        List<String> missing = excerpt.find().filterDrop(union::contains).mapWith(Triple::toString).toList();
        assertTrue(missing.isEmpty(), block.where() + ": the turtle block says what the graph does not:\n  "
                + String.join("\n  ", missing));
    }

    /** Why {@code target}, as written in {@code file}, reaches nothing; null when it resolves. */
    private static String brokenLink(Path file, String target) {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("/")) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
        if (!Files.exists(resolved)) {
            return "link " + target + ": no file " + home.relativize(resolved);
        }
        if (hash >= 0 && resolved.toString().endsWith(".md") && !anchors(resolved).contains(target.substring(hash + 1))) {
            return "link " + target + ": no heading with anchor #" + target.substring(hash + 1) + " in "
                    + home.relativize(resolved);
        }
        return null;
    }

    /** The anchors GitHub gives the headings of a Markdown file: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(Path file) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : lines(file)) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
            }
            Matcher m = HEADING.matcher(line);
            if (fenced || !m.matches()) {
                continue;
            }
            String slug = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int n = seen.merge(slug, 1, Integer::sum);
            anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
        }
        return anchors;
    }

    private static List<Block> blocks(String lang) {
        List<Block> out = new ArrayList<>();
        for (Path file : documents()) {
            List<String> lines = lines(file);
            for (int i = 0; i < lines.size(); i++) {
                Matcher open = FENCE.matcher(lines.get(i));
                if (!open.matches()) {
                    continue;
                }
                int start = i;
                StringBuilder text = new StringBuilder();
                for (i++; i < lines.size() && !FENCE.matcher(lines.get(i)).matches(); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                if (open.group(1).equals(lang)) {
                    out.add(new Block(file, start + 1, lang, text.toString()));
                }
            }
        }
        return out;
    }

    /** README.md and every page under src/site/markdown/. */
    static List<Path> documents() {
        List<Path> out = new ArrayList<>(List.of(home.resolve("README.md")));
        try (Stream<Path> pages = Files.list(home.resolve("src/site/markdown"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
