package org.sahelkg.reason;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.synth.Generator;

/**
 * No rule may grow quadratically with the events. The project's rules run on two generated graphs, of
 * {@value #EVENTS} and twice as many events; for each rule, both what it adds to the inferred graph and the
 * triples it reads (every triple the graphs hand to the query engine, a count, not a timing; rows the engine joins
 * in memory are not counted) must grow at most {@value #MAX_GROWTH} times. A rule that pairs every event (or
 * claim) with every other grows about four times and fails: the disagreements rule as it was before it reached
 * claims through their subject (reads grew 3.9 times), or reciprocity without its {@code # Join: hash} header
 * (reads grew 3.9 times).
 *
 * <p>One rule is held to a looser bound on its output, and only on its output: reciprocity links a measure to every
 * earlier counter-measure of the same kind between the same two states within 14 days, as its expected files
 * require (Algeria's rejection of 7 April answers both Mali's summons and Mali's complaint). Its output is therefore
 * proportional to the events times the events per window. In any real record the events per window do not grow
 * with the length of the record; the generator, though, spreads every size over the same eleven years, so the
 * events per window double with the events and the chance pairs in a window grow fourfold (at 1,500 and 3,000
 * events: about 29 and 77 links, of which 28 and 61 are the pairs the generator plants). Its output may grow
 * {@value #RECIPROCITY_GROWTH} times: a reciprocity without its window, pairing measures across all time, grows
 * 4.3 times and still fails.
 */
class RuleScaleTest {
    static final int EVENTS = 1500;
    static final double MAX_GROWTH = 2.2;
    static final double RECIPROCITY_GROWTH = 3.0;
    static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));

    @TempDir
    static Path dir;
    static Map<String, long[]> small;
    static Map<String, long[]> large;

    @BeforeAll
    static void reasonAtTwoSizes() {
        List<RuleFile> rules = RuleFile.readAll(Project.at(HOME).rules(), "ontology/rules");
        small = measure(rules, EVENTS);
        large = measure(rules, 2 * EVENTS);
    }

    static List<String> rules() {
        return RuleFile.readAll(Project.at(HOME).rules(), "ontology/rules").stream().map(RuleFile::name).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void outputGrowsLinearly(String rule) {
        assertLinear(rule, "triples added", 0, rule.equals("reciprocity") ? RECIPROCITY_GROWTH : MAX_GROWTH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void triplesReadGrowLinearly(String rule) {
        assertLinear(rule, "triples read", 1, MAX_GROWTH);
    }

    private static void assertLinear(String rule, String what, int index, double maxGrowth) {
        long n = small.get(rule)[index];
        long twice = large.get(rule)[index];
        assertTrue(n > 0, rule + ": no " + what + " at " + EVENTS + " events, so growth cannot be judged");
        double growth = (double) twice / n;
        assertTrue(growth <= maxGrowth, String.format("%s: %s grew %.2f times (%,d at %,d events, %,d at %,d), "
                + "expected at most %.1f: quadratic in the events?", rule, what, growth, n, EVENTS, twice,
                2 * EVENTS, maxGrowth));
    }

    /** Per rule: triples added and triples read, on a graph of {@code events} generated events. */
    private static Map<String, long[]> measure(List<RuleFile> rules, int events) {
        Path out = dir.resolve("e" + events);
        Generator.generate(new Generator.Settings(events, 1, out.resolve("home"), out.resolve("texts"), HOME));
        DatasetGraph built = GraphBuilder.build(new Project(out.resolve("home"), out.resolve("texts")));
        AtomicLong read = new AtomicLong();
        DatasetGraph counted = DatasetGraphFactory.createGeneral(); // links the graphs, does not copy them
        built.listGraphNodes().forEachRemaining(g -> counted.addGraph(g, new Counting(built.getGraph(g), read)));
        counted.addGraph(Reasoner.INFERRED, new Counting(built.getGraph(Reasoner.INFERRED), read));
        Map<String, long[]> figures = new LinkedHashMap<>();
        for (RuleFile rule : rules) {
            long before = read.get();
            ReasoningReport report = Reasoner.run(List.of(rule), counted);
            figures.put(rule.name(), new long[] {report.added(), read.get() - before});
        }
        return figures;
    }

    /** A graph that counts the triples it hands out. */
    private static final class Counting extends GraphWrapper {
        private final AtomicLong read;

        Counting(Graph graph, AtomicLong read) {
            super(graph);
            this.read = read;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple m) {
            return super.find(m).mapWith(this::count);
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return super.find(s, p, o).mapWith(this::count);
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            read.incrementAndGet();
            return super.contains(s, p, o);
        }

        @Override
        public boolean contains(Triple t) {
            read.incrementAndGet();
            return super.contains(t);
        }

        private Triple count(Triple t) {
            read.incrementAndGet();
            return t;
        }
    }
}
