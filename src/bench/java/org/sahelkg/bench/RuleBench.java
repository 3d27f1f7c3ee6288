package org.sahelkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.InfGraph;
import org.apache.jena.reasoner.rulesys.GenericRuleReasoner;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.reason.Reasoner;
import org.sahelkg.reason.ReasoningReport;
import org.sahelkg.synth.Generator;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;

/**
 * How the rules scale and which rule mechanism is faster (not a test: a measurement). For each input (the
 * project's own graph, or synthetic graphs of N events made by the generator) and each mechanism, a fresh JVM
 * with a fixed heap loads the graph in memory and reasons over it:
 * <ul>
 *   <li>{@code sparql}: the project's rules, the SPARQL updates of {@code ontology/rules/}, rule by rule;</li>
 *   <li>{@code forward}: Jena's GenericRuleReasoner, forward RETE, with {@code jena-forward.rules} (a baseline
 *       restating the inverse, containment and collective-stance rules);</li>
 *   <li>{@code backward}: the same reasoner in hybrid mode with tabled backward rules ({@code jena-backward.rules}),
 *       asked for every triple those rules derive.</li>
 * </ul>
 * It prints the time and memory of each run (a run over memory or over the time limit is reported as such),
 * the time and output of each SPARQL rule per input, and whether the mechanisms derive the same triples (counts
 * and an order-independent hash of the {@code skg:locatedIn} and {@code sem:hasPlace} closures, the inverse and
 * symmetric triples and the collective-stance claims).
 *
 * <pre>
 * java -cp target/sahel-kg.jar org.sahelkg.bench.RuleBench [--seed-graph] [--events N,N…] [--mechanisms
 *     sparql,forward,backward] [--xmx 6g] [--timeout-minutes 10] [--work DIR] [--project DIR]
 * </pre>
 */
public final class RuleBench {
    /** The mechanisms, in the order they are run and printed. */
    public static final List<String> MECHANISMS = List.of("sparql", "forward", "backward");
    /** The rules the Jena baseline restates. */
    static final List<String> BASELINE = List.of("inverse-and-symmetric", "containment", "collective-stance");
    private static final String TIME_NS = "http://www.w3.org/2006/time#";
    private static final Node HOSTILE_TO = NodeFactory.createURI(SKG.NS + "hostileTo");

    /** One reasoning run in its own JVM. */
    public record Run(String input, String mechanism, long asserted, double loadSeconds, double reasonSeconds,
                      long derived, double heapAfterGcMb, double peakRssMb, String outcome,
                      List<RuleLine> rules, Map<String, String> checks) {
    }

    /** One SPARQL rule's figures on one input. */
    public record RuleLine(String rule, int passes, long added, double seconds) {
    }

    private RuleBench() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the benchmark as {@code args} say and prints its tables on {@code out}; returns an exit code. */
    public static int run(String[] args, PrintStream out) {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args, out);
            return 0;
        }
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "sahel-kg-rulebench");
        Path projectDir = Path.of("");
        List<Integer> events = new ArrayList<>();
        List<String> mechanisms = MECHANISMS;
        boolean seedGraph = false;
        String xmx = "6g";
        long seed = 1;
        int timeoutMinutes = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> Arrays.stream(args[++i].split(",")).map(String::strip)
                        .forEach(n -> events.add(Integer.parseInt(n)));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--seed-graph" -> seedGraph = true;
                case "--mechanisms" -> mechanisms = Arrays.stream(args[++i].split(",")).map(String::strip).toList();
                case "--xmx" -> xmx = args[++i];
                case "--timeout-minutes" -> timeoutMinutes = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--project" -> projectDir = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: RuleBench [--seed-graph] [--events N,N…] [--seed S] "
                            + "[--mechanisms sparql,forward,backward] [--xmx 6g] [--timeout-minutes 10] "
                            + "[--work DIR] [--project DIR]");
                    return 2;
                }
            }
        }
        if (!MECHANISMS.containsAll(mechanisms)) {
            System.err.println("--mechanisms: expected some of " + MECHANISMS + ", found " + mechanisms);
            return 2;
        }
        if (!seedGraph && events.isEmpty()) {
            seedGraph = true;
            events.add(26_000);
        }
        Project project = Project.at(projectDir);
        Map<String, Project> inputs = new LinkedHashMap<>();
        if (seedGraph) {
            inputs.put("seed graph", project);
        }
        for (int n : events) {
            inputs.put(String.format(Locale.ROOT, "%,d events", n), synthetic(work, n, seed, project));
        }
        out.printf("RuleBench: rules from %s, -Xmx%s, limit %d min per run, load average %s%n",
                project.rules(), xmx, timeoutMinutes, loadAverage());
        List<Run> runs = new ArrayList<>();
        for (Map.Entry<String, Project> input : inputs.entrySet()) {
            for (String mechanism : mechanisms) {
                Run r = fork(input.getKey(), mechanism, input.getValue(), xmx, timeoutMinutes);
                out.printf("  %s, %s: %s, %.1f s (load average %s)%n", r.input(), r.mechanism(), r.outcome(),
                        r.reasonSeconds(), loadAverage());
                runs.add(r);
            }
        }
        print(runs, out);
        return 0;
    }

    /** The synthetic project of {@code events} events under {@code work}, generated unless already there. */
    static Project synthetic(Path work, int events, long seed, Project from) {
        Path dir = work.resolve("events-" + events + "-seed-" + seed);
        Path home = dir.resolve("home");
        Path texts = dir.resolve("shared/seeds");
        if (!Files.isRegularFile(home.resolve("README.md"))) {
            Generator.generate(new Generator.Settings(events, seed, home, texts, from.home()));
        } else {
            Generator.refreshCopies(from.home(), home);
        }
        return new Project(home, texts);
    }

    // ------------------------------------------------------------------ the parent: forks and tables

    private static Run fork(String input, String mechanism, Project project, String xmx, int minutes) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + xmx, "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), RuleBench.class.getName(), "--child", mechanism,
                project.home().toString(), project.texts().toString());
        List<String> lines = new ArrayList<>();
        StringBuilder errors = new StringBuilder();
        String outcome;
        try {
            Process p = new ProcessBuilder(command).start();
            Thread readOut = drain(p.getInputStream(), lines::add);
            Thread readErr = drain(p.getErrorStream(), line -> errors.append(line).append('\n'));
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                outcome = "over " + minutes + " min (stopped)";
            } else if (errors.indexOf("OutOfMemoryError") >= 0) {
                outcome = "out of memory (-Xmx" + xmx + ")";
            } else if (p.exitValue() != 0) {
                outcome = "failed (exit " + p.exitValue() + "): " + errors.toString().lines().findFirst().orElse("");
            } else {
                outcome = "ok";
            }
            readOut.join();
            readErr.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return parse(input, mechanism, outcome, lines);
    }

    private static Thread drain(InputStream in, Consumer<String> sink) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (sink) {
                        sink.accept(line);
                    }
                }
            } catch (IOException e) {
                // the child was stopped
            }
        });
        t.start();
        return t;
    }

    private static Run parse(String input, String mechanism, String outcome, List<String> lines) {
        long asserted = -1;
        long derived = -1;
        double load = Double.NaN;
        double reason = Double.NaN;
        double heap = Double.NaN;
        double rss = Double.NaN;
        List<RuleLine> rules = new ArrayList<>();
        Map<String, String> checks = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "LOAD" -> {
                    load = Double.parseDouble(f[1]);
                    asserted = Long.parseLong(f[2]);
                }
                case "RULE" -> rules.add(new RuleLine(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]),
                        Double.parseDouble(f[4])));
                case "REASON" -> {
                    reason = Double.parseDouble(f[1]);
                    derived = Long.parseLong(f[2]);
                }
                case "CHECK" -> checks.put(f[1], f[2] + " " + f[3]);
                case "MEM" -> {
                    heap = Double.parseDouble(f[1]);
                    rss = Double.parseDouble(f[2]);
                }
                default -> {
                }
            }
        }
        return new Run(input, mechanism, asserted, load, reason, derived, heap, rss, outcome, rules, checks);
    }

    /** Prints the mechanism table, the per-rule table and the agreement of the derived triples. */
    public static void print(List<Run> runs, PrintStream out) {
        out.println();
        out.println("Mechanisms (load: build the graph in memory; reasoning: materialise; heap after GC and peak RSS "
                + "of the run's JVM after reasoning)");
        out.printf("| %-14s | %10s | %-9s | %7s | %11s | %10s | %8s | %8s | %s |%n", "input", "asserted", "mechanism",
                "load s", "reasoning s", "derived", "heap MB", "RSS MB", "outcome");
        out.println("|---|---:|---|---:|---:|---:|---:|---:|---|");
        for (Run r : runs) {
            out.printf(Locale.ROOT, "| %-14s | %,10d | %-9s | %7.1f | %11.2f | %,10d | %8.0f | %8.0f | %s |%n",
                    r.input(), r.asserted(), r.mechanism(), r.loadSeconds(), r.reasonSeconds(), r.derived(),
                    r.heapAfterGcMb(), r.peakRssMb(), r.outcome());
        }
        List<Run> sparql = runs.stream().filter(r -> r.mechanism().equals("sparql") && !r.rules().isEmpty()).toList();
        if (!sparql.isEmpty()) {
            out.println();
            out.println("SPARQL rules, per input: seconds / triples added (passes when more than one)");
            StringBuilder header = new StringBuilder("| rule |");
            StringBuilder rule = new StringBuilder("|---|");
            sparql.forEach(r -> {
                header.append(' ').append(r.input()).append(" |");
                rule.append("---:|");
            });
            out.println(header);
            out.println(rule);
            for (int i = 0; i < sparql.get(0).rules().size(); i++) {
                StringBuilder row = new StringBuilder("| " + sparql.get(0).rules().get(i).rule() + " |");
                for (Run r : sparql) {
                    RuleLine l = i < r.rules().size() ? r.rules().get(i) : null;
                    row.append(l == null ? " – |" : String.format(Locale.ROOT, " %.2f s / %,d%s |", l.seconds(),
                            l.added(), l.passes() > 1 ? " (" + l.passes() + ")" : ""));
                }
                out.println(row);
            }
            StringBuilder baseline = new StringBuilder("| the baseline's three (" + String.join(", ", BASELINE) + ") |");
            sparql.forEach(r -> {
                List<RuleLine> three = r.rules().stream().filter(l -> BASELINE.contains(l.rule())).toList();
                baseline.append(String.format(Locale.ROOT, " %.2f s / %,d |", three.stream().mapToDouble(RuleLine::seconds)
                        .sum(), three.stream().mapToLong(RuleLine::added).sum()));
            });
            out.println(baseline);
            StringBuilder total = new StringBuilder("| all rules |");
            sparql.forEach(r -> total.append(String.format(Locale.ROOT, " %.2f s / %,d |", r.reasonSeconds(), r.derived())));
            out.println(total);
        }
        out.println();
        out.println("Same derivations? (count and order-independent hash of each family, per input and mechanism)");
        Map<String, List<Run>> byInput = new LinkedHashMap<>();
        runs.forEach(r -> byInput.computeIfAbsent(r.input(), k -> new ArrayList<>()).add(r));
        byInput.forEach((input, list) -> {
            Set<String> families = new java.util.TreeSet<>();
            list.forEach(r -> families.addAll(r.checks().keySet()));
            for (String family : families) {
                StringBuilder row = new StringBuilder(String.format("  %-14s %-26s", input, family));
                Set<String> values = new HashSet<>();
                for (Run r : list) {
                    String v = r.checks().get(family);
                    row.append(String.format(" %s %s;", r.mechanism(), v == null ? "–" : v.split(" ")[0]));
                    if (v != null) {
                        values.add(v);
                    }
                }
                row.append(values.size() == 1 ? " agree" : values.isEmpty() ? "" : " DIFFER");
                out.println(row);
            }
        });
    }

    /** The 1-, 5- and 15-minute load averages, as {@code uptime} prints them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    // ------------------------------------------------------------------ the child: one run

    private static void child(String[] args, PrintStream out) {
        String mechanism = args[1];
        Project project = new Project(Path.of(args[2]), Path.of(args[3]));
        long started = System.nanoTime();
        DatasetGraph dataset = GraphBuilder.build(project);
        long asserted = dataset.stream().count();
        out.printf(Locale.ROOT, "LOAD\t%.3f\t%d%n", seconds(started), asserted);
        Graph asserted3 = new GraphUnionRead(dataset, List.of(NodeFactory.createURI(Iris.GRAPH_ONTOLOGY),
                NodeFactory.createURI(Iris.GRAPH_DATA), NodeFactory.createURI(Iris.GRAPH_SOURCES)));
        Graph result;
        started = System.nanoTime();
        switch (mechanism) {
            case "sparql" -> {
                ReasoningReport report = Reasoner.materialize(project, dataset);
                double s = seconds(started);
                for (ReasoningReport.RuleRun r : report.runs()) {
                    out.printf(Locale.ROOT, "RULE\t%s\t%d\t%d\t%.3f%n", r.name(), r.passes(), r.added(),
                            r.time().toNanos() / 1e9);
                }
                out.printf(Locale.ROOT, "REASON\t%.3f\t%d%n", s, report.added());
                result = Graphs.unionView(dataset).getDefaultGraph();
            }
            case "forward" -> {
                InfGraph inf = reasoner("jena-forward.rules", GenericRuleReasoner.FORWARD_RETE).bind(asserted3);
                inf.prepare();
                out.printf(Locale.ROOT, "REASON\t%.3f\t%d%n", seconds(started), inf.getDeductionsGraph().size());
                result = inf;
            }
            case "backward" -> {
                InfGraph inf = reasoner("jena-backward.rules", GenericRuleReasoner.HYBRID).bind(asserted3);
                inf.prepare();
                long derived = 0;
                for (Node p : derivedPredicates(asserted3)) {
                    derived += inf.find(Node.ANY, p, Node.ANY).filterDrop(asserted3::contains).toList().size();
                }
                derived += inf.find(Node.ANY, RDF.Nodes.type, SKG.C_CLAIM).filterDrop(asserted3::contains)
                        .toList().size();
                out.printf(Locale.ROOT, "REASON\t%.3f\t%d%n", seconds(started), derived);
                result = inf;
            }
            default -> throw new IllegalArgumentException("unknown mechanism " + mechanism);
        }
        System.gc();
        double heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6;
        out.printf(Locale.ROOT, "MEM\t%.0f\t%.0f%n", heap, peakRssMb());
        checks(result, asserted3, out);
    }

    private static GenericRuleReasoner reasoner(String file, GenericRuleReasoner.RuleMode mode) {
        try (InputStream in = RuleBench.class.getResourceAsStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            GenericRuleReasoner r = new GenericRuleReasoner(Rule.parseRules(Rule.rulesParserFromReader(
                    new BufferedReader(new java.io.StringReader(text)))));
            r.setMode(mode);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The predicates the Jena baseline rules derive: inverse and symmetric ones, containment and place. */
    private static List<Node> derivedPredicates(Graph ontology) {
        Set<Node> predicates = new java.util.LinkedHashSet<>();
        ontology.find(Node.ANY, OWL.inverseOf.asNode(), Node.ANY).forEachRemaining(t -> {
            predicates.add(t.getSubject());
            predicates.add(t.getObject());
        });
        ontology.find(Node.ANY, RDF.Nodes.type, OWL.SymmetricProperty.asNode())
                .forEachRemaining(t -> predicates.add(t.getSubject()));
        predicates.add(SKG.LOCATED_IN);
        predicates.add(SEM.HAS_PLACE);
        return List.copyOf(predicates);
    }

    /**
     * The families compared across mechanisms, over everything the graph holds after reasoning: the
     * {@code skg:locatedIn} closure, {@code sem:hasPlace} of events, the inverse and symmetric triples between
     * resources (the inverse of {@code skg:locatedIn} apart, and {@code time:} relations left out), and the hostile-to claims as (act, state, claimant).
     */
    private static void checks(Graph g, Graph ontology, PrintStream out) {
        Node containsPlace = null;
        List<Node> others = new ArrayList<>();
        for (Node p : derivedPredicates(ontology)) {
            if (p.equals(SKG.LOCATED_IN) || p.equals(SEM.HAS_PLACE) || p.getURI().startsWith(TIME_NS)) {
                continue; // time:before and time:after come from temporal order, which the baseline leaves out
            }
            if (ontology.contains(p, OWL.inverseOf.asNode(), SKG.LOCATED_IN)
                    || ontology.contains(SKG.LOCATED_IN, OWL.inverseOf.asNode(), p)) {
                containsPlace = p;
            } else {
                others.add(p);
            }
        }
        check(out, "located-in closure", triples(g, List.of(SKG.LOCATED_IN), false));
        check(out, "event has-place", triples(g, List.of(SEM.HAS_PLACE), false));
        check(out, "inverse and symmetric", triples(g, others, true));
        if (containsPlace != null) {
            check(out, "inverse of located-in", triples(g, List.of(containsPlace), true));
        }
        List<String> claims = new ArrayList<>();
        g.find(Node.ANY, RDF.Nodes.predicate, HOSTILE_TO).forEachRemaining(t -> {
            Node c = t.getSubject();
            if (!g.contains(c, RDF.Nodes.type, SKG.C_CLAIM)) {
                return;
            }
            for (Triple s : g.find(c, RDF.Nodes.subject, Node.ANY).toList()) {
                for (Triple o : g.find(c, RDF.Nodes.object, Node.ANY).toList()) {
                    for (Triple a : g.find(c, SEM.ACCORDING_TO, Node.ANY).toList()) {
                        claims.add(s.getObject() + " " + o.getObject() + " " + a.getObject());
                    }
                }
            }
        });
        check(out, "hostile-to claims", claims);
    }

    private static List<String> triples(Graph g, List<Node> predicates, boolean resourcesOnly) {
        List<String> all = new ArrayList<>();
        for (Node p : predicates) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (resourcesOnly && !(t.getObject().isURI() && t.getSubject().isURI()
                        && t.getSubject().getURI().startsWith(Iris.ID) && t.getObject().getURI().startsWith(Iris.ID))) {
                    return;
                }
                all.add(t.getSubject() + " " + p + " " + t.getObject());
            });
        }
        return all;
    }

    private static void check(PrintStream out, String family, List<String> members) {
        Set<String> distinct = new HashSet<>(members);
        long hash = 0;
        for (String m : distinct) {
            long h = 1125899906842597L;
            for (int i = 0; i < m.length(); i++) {
                h = 31 * h + m.charAt(i);
            }
            hash += h * 0x9E3779B97F4A7C15L;
        }
        out.printf("CHECK\t%s\t%d\t%016x%n", family, distinct.size(), hash);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** The peak resident set size of this JVM (VmHWM), in MB; NaN where /proc is not available. */
    private static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e3;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
