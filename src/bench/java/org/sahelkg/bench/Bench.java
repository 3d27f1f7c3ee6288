package org.sahelkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sahelkg.ingest.Article;
import org.sahelkg.ingest.Drafter;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.query.Catalog;
import org.sahelkg.query.CatalogQuery;
import org.sahelkg.reason.Reasoner;
import org.sahelkg.reason.ReasoningReport;
import org.sahelkg.server.KgServer;
import org.sahelkg.store.Directories;
import org.sahelkg.store.RemoteStore;
import org.sahelkg.store.Store;
import org.sahelkg.synth.Generator;

/**
 * The whole path measured: load throughput against Jena's own bulk loader, rule materialisation, catalog
 * query latency and throughput through the HTTP endpoint, and the time {@code serve} takes to answer. Not a
 * test: it prints figures (tables, then one summary line) and writes them to {@code bench.json} with a plot
 * of query latency against graph size ({@code latency.svg}).
 */
public final class Bench {
    /**
     * What to run.
     *
     * @param home      the project whose seed graph and {@code queries/} are measured
     * @param jar       the jar to start for the {@code serve} readiness figure
     * @param work      where generated data and stores go (reused between runs)
     * @param out       where {@code bench.json} and {@code latency.svg} are written
     * @param scales    synthetic event counts, besides the seed graph
     * @param loadScale the event count of the load and rules figures in quick mode
     * @param runs      runs per load and rules figure
     * @param queryRuns timed runs of each catalog query (after two warm-up runs)
     * @param clientSeconds how long each throughput figure runs
     * @param virtuoso  a Virtuoso to compare query latency with at the largest scale, or null
     */
    public record Settings(boolean quick, Path home, Path jar, Path work, Path out, List<Integer> scales, int loadScale,
                           int runs, int rulesRuns, int queryRuns, double clientSeconds, Virtuoso.Settings virtuoso,
                           String command) {
        /** Scales from which load is measured once, with the default writer only, and rules only in the store build. */
        static final int LARGE = 50_000;
    }

    static final int[] CLIENTS = {1, 2, 4, 8};
    /** How a user picks the way {@code load} writes a store generation ({@code java -Dsahelkg.writer=phased …}). */
    static final String WRITER_PROPERTY = "sahelkg.writer";
    /** The writers measured, {@code load}'s default first. */
    static final List<String> WRITERS = List.of("parallel", "phased");
    /**
     * Rounds of every catalog query before any is timed, so that the figures are of a warm server: on the seed
     * graph five rounds (100 requests) left the JIT compiler mid-way, and a query's p50 came out 2–3 times its
     * steady state (28 ms against 13 ms for {@code disagreements}). A query that has taken a fifth of its
     * budget stops warming up.
     */
    static final int WARM_UP_ROUNDS = 30;
    static final Duration QUERY_TIMEOUT = Duration.ofMinutes(5);
    /** Timed runs of a query stop at its budget (after at least {@link #MIN_RUNS}). */
    static final double BUDGET_MS = 10_000;
    static final int MIN_RUNS = 3;
    /** How long a query may take on the engine compared with, before it is recorded as failed. */
    static final Duration TOLERANT_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Virtuoso's own limit on a query: a little over {@link #TOLERANT_TIMEOUT}, so that it stops what the
     * benchmark has stopped waiting for instead of running it on beside the next query.
     */
    public static final Duration VIRTUOSO_TIME_LIMIT = TOLERANT_TIMEOUT.plusSeconds(5);

    private final Settings settings;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    public Bench(Settings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs everything; returns the report (also printed and written under {@code out}). */
    public Figures.Report run() throws IOException, InterruptedException {
        String loadBefore = loadAverage();
        out.printf("sahel-kg bench%s: %s, %d cores, max heap %d MiB, Java %s; load average %s%n",
                settings.quick() ? " --quick" : "", LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), loadBefore);
        Files.createDirectories(settings.work());
        Files.createDirectories(settings.out());
        Project seed = Project.at(settings.home());
        Catalog catalog = Catalog.load(seed.queries());
        List<Figures.Scale> scales = new ArrayList<>();

        // The seed graph: queries, throughput; in quick mode the load and rules figures come from a small
        // generated home instead (the seed graph is too small to time a loader on).
        scales.add(measure("seed", 0, seed, catalog, !settings.quick(), true, null));
        if (settings.quick()) {
            Project small = generated(settings.loadScale());
            scales.add(measure("events-" + settings.loadScale(), settings.loadScale(), small, catalog, true, false,
                    null));
        }
        List<Integer> sizes = settings.scales();
        for (int i = 0; i < sizes.size(); i++) {
            int events = sizes.get(i);
            boolean last = i == sizes.size() - 1;
            scales.add(measure("events-" + events, events, generated(events), catalog, true, true,
                    last ? settings.virtuoso() : null));
            // What is measured so far, in case a long run is stopped.
            write(new Figures.Report(LocalDate.now().toString(), machine(), settings.command() + " (partial)", loadBefore,
                    loadAverage(), scales, Double.NaN, 0, null));
        }
        Figures.Ingest ingest = ingest(seed, "events-" + settings.loadScale(), generated(settings.loadScale()));
        double[] ready = ready(seed);
        String loadAfter = loadAverage();
        Figures.Report report = new Figures.Report(LocalDate.now().toString(), machine(), settings.command(),
                loadBefore, loadAfter, scales, Figures.median(ready), ready.length, ingest);
        out.printf("%nserve ready on the seed graph (process start to first answer): median %.2f s of %d runs%n",
                report.readySeconds(), ready.length);
        write(report);
        out.printf("load average after: %s%n", loadAfter);
        out.println(summary(report));
        return report;
    }

    /** The last line of {@code bench --quick}. */
    static String summary(Figures.Report report) {
        Figures.Scale loadScale = report.scales().stream().filter(s -> s.load() != null).findFirst().orElseThrow();
        Figures.Scale seed = report.scales().get(0);
        return String.format(java.util.Locale.ROOT,
                "summary load_ratio=%.2f rules_s=%.2f query_p50_ms=%.2f ready_s=%.2f ingest_mb_s=%.2f",
                loadScale.load().ratio(), loadScale.rules().seconds(), seed.worstP50(), report.readySeconds(),
                report.ingest() == null ? Double.NaN : report.ingest().mbPerSecond());
    }

    /**
     * Runs of the ingest figure before any is timed (the JIT compiler's warm-up), and timed runs (fewer with
     * {@code --quick}); every run's time is printed, so that a warm-up too short shows.
     */
    static final int INGEST_WARM_UP = 2;
    static final int INGEST_RUNS = 5;
    static final int INGEST_QUICK_RUNS = 3;

    /**
     * Ingest throughput: every synthetic source text of {@code corpus} drafted against the seed graph, as
     * {@code sahel-kg ingest ARTICLE} does it (read, language detected, date from the text, then mentions, times,
     * quantities and candidates); the startup (the seed graph and the drafter built) timed apart.
     */
    private Figures.Ingest ingest(Project seed, String name, Project corpus) throws IOException {
        out.printf("%n== ingest (the texts of %s against the seed graph) ==%n", name);
        List<Path> files;
        try (var listed = Files.list(corpus.texts())) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new BenchException("no source texts in " + corpus.texts() + " to measure ingest on");
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        long started = System.nanoTime();
        DatasetGraph graph = GraphBuilder.build(new Project(seed.home(), seed.texts(), Project.TextCheck.SKIPPED));
        Drafter drafter = new Drafter(graph.getUnionGraph());
        double startup = seconds(started);
        long[] counts = new long[4];
        int runs = settings.quick() ? INGEST_QUICK_RUNS : INGEST_RUNS;
        double[] times = new double[runs];
        for (int run = -INGEST_WARM_UP; run < runs; run++) {
            java.util.Arrays.fill(counts, 0);
            long t = System.nanoTime();
            for (Path f : files) {
                com.fasterxml.jackson.databind.node.ObjectNode draft = drafter.draft(Article.read(f),
                        new Drafter.Options("source/999", null, null));
                counts[0] += draft.path("mentions").size();
                counts[1] += draft.path("times").size();
                counts[2] += draft.path("quantities").size();
                counts[3] += draft.path("candidates").size();
            }
            if (run >= 0) {
                times[run] = seconds(t);
            }
        }
        double median = Figures.median(times);
        StringBuilder each = new StringBuilder();
        for (double x : times) {
            each.append(String.format(java.util.Locale.ROOT, " %.2f", x));
        }
        Figures.Ingest ingest = new Figures.Ingest(name, files.size(), bytes, startup, INGEST_WARM_UP, runs,
                median, bytes / 1e6 / median, counts[0], counts[1], counts[2], counts[3]);
        out.printf("startup (seed graph and drafter built, once): %.2f s; timed runs (s):%s%n", startup, each);
        out.printf("  %6s %10s %9s %8s %9s %7s %10s %11s%n", "texts", "MB", "run (s)", "MB/s", "mentions", "times",
                "quantities", "candidates");
        out.printf("  %6d %10.2f %9.3f %8.2f %9d %7d %10d %11d   (median of %d runs after %d warm-up runs)%n",
                ingest.texts(), bytes / 1e6, median, ingest.mbPerSecond(), counts[0], counts[1], counts[2], counts[3],
                runs, INGEST_WARM_UP);
        return ingest;
    }

    private Figures.Scale measure(String name, int events, Project project, Catalog catalog, boolean loadAndRules,
                                  boolean queries, Virtuoso.Settings virtuoso) throws IOException, InterruptedException {
        out.printf("%n== %s ==%n", name);
        Figures.Load load = loadAndRules ? load(name, events, project) : null;
        boolean separateRules = loadAndRules && (events < Settings.LARGE || !queries);
        Figures.Rules rules = separateRules ? rules(project) : null;
        if (!queries) {
            return new Figures.Scale(name, events, load.quads(), rules.inferred(), load, rules, List.of(), List.of(),
                    List.of(), null, Double.NaN);
        }
        Path storeDir = settings.work().resolve("store-" + name);
        long started = System.nanoTime();
        long[] counts = new long[4];
        try (Store store = new Store(storeDir, p -> {
            DatasetGraph dsg = GraphBuilder.build(p);
            counts[0] = dsg.stream().count();
            System.gc();
            resetPeaks();
            long rulesStarted = System.nanoTime();
            Reasoner.materialize(p, dsg);
            counts[2] = System.nanoTime() - rulesStarted;
            counts[3] = peakHeap();
            counts[1] = dsg.stream().count() - counts[0];
            return dsg;
        }, note -> { })) {
            store.rebuild(project);
            double built = seconds(started);
            out.printf("store built (load, rules, bulk write): %.1f s, %,d asserted + %,d inferred quads%n", built,
                    counts[0], counts[1]);
            if (rules == null && loadAndRules) {
                rules = new Figures.Rules(1, counts[2] / 1e9, counts[3], counts[1]);
                out.printf("rules (in the store build, 1 run): %.2f s, %,d quads inferred, peak heap in use %,d MiB%n",
                        rules.seconds(), rules.inferred(), rules.peakHeapBytes() >> 20);
            }
            DatasetGraph dataset = store.open();
            List<Figures.Latency> latencies;
            List<Figures.Throughput> throughput;
            // Every benchmark client comes from loopback: a per-client share as large as the most clients measured,
            // so that the throughput figures measure the server, not its per-client limit (429s).
            KgServer.Limits limits = KgServer.Limits.defaults().withMaxConcurrentPerClient(CLIENTS[CLIENTS.length - 1]);
            try (KgServer server = KgServer.start(dataset, new KgServer.Config("127.0.0.1", 0, TOLERANT_TIMEOUT,
                    project.home().equals(settings.home()) ? project.queries() : settings.home().resolve("queries")),
                    limits)) {
                latencies = events >= Settings.LARGE
                        ? latencies(server.sparqlUrl(), catalog, "sahel-kg endpoint", Math.min(10, settings.queryRuns()),
                                2, true)
                        : latencies(server.sparqlUrl(), catalog, "sahel-kg endpoint");
                throughput = throughput(server.sparqlUrl(), catalog);
            }
            List<Figures.Latency> remote = List.of();
            Double ratio = null;
            if (virtuoso != null) {
                remote = virtuosoLatencies(virtuoso, dataset, catalog);
                // Compared on the queries both answered.
                java.util.Set<String> answered = new java.util.HashSet<>();
                remote.stream().filter(l -> l.error() == null).forEach(l -> answered.add(l.query()));
                double ours = Figures.median(latencies.stream().filter(l -> answered.contains(l.query()))
                        .mapToDouble(Figures.Latency::p50).toArray());
                double theirs = Figures.median(remote.stream().filter(l -> answered.contains(l.query()))
                        .mapToDouble(Figures.Latency::p50).toArray());
                ratio = theirs / ours;
                out.printf("median p50 over the %d queries both answered: sahel-kg %.2f ms, Virtuoso %.2f ms; "
                        + "Virtuoso / sahel-kg = %.2f%n", answered.size(), ours, theirs, ratio);
            }
            return new Figures.Scale(name, events, counts[0], counts[1], load, rules, latencies, throughput, remote,
                    ratio, built);
        } finally {
            Directories.deleteQuietly(storeDir);
        }
    }

    /** Load throughput: ours (each writer) against Jena's parallel bulk loader on the same quads. */
    private Figures.Load load(String name, int events, Project project) throws IOException {
        DatasetGraph built = GraphBuilder.build(project);
        long quads = built.stream().count();
        Path nq = settings.work().resolve(name + "-asserted.nq");
        try (OutputStream os = Files.newOutputStream(nq)) {
            RDFDataMgr.write(os, built, Lang.NQUADS);
        }
        built = null;
        boolean large = events >= Settings.LARGE;
        int runs = large ? 1 : settings.runs();
        List<String> writers = large ? List.of(WRITERS.get(0)) : WRITERS;
        Map<String, double[]> ours = new LinkedHashMap<>();
        double[] build = new double[runs];
        double[] jena = new double[runs];
        for (String writer : writers) {
            ours.put(writer, new double[runs]);
        }
        for (int run = 0; run < runs; run++) {
            for (String writer : writers) {
                Path dir = Files.createTempDirectory(settings.work(), "load-");
                double[] b = new double[1];
                long started = System.nanoTime();
                String before = System.setProperty(WRITER_PROPERTY, writer);
                try (Store store = new Store(dir, p -> {
                    DatasetGraph dsg = GraphBuilder.build(p);
                    b[0] = seconds(started);
                    return dsg;
                }, note -> { })) {
                    store.rebuild(project);
                    ours.get(writer)[run] = quads / seconds(started);
                } finally {
                    if (before == null) {
                        System.clearProperty(WRITER_PROPERTY);
                    } else {
                        System.setProperty(WRITER_PROPERTY, before);
                    }
                }
                if (writer.equals(WRITERS.get(0))) {
                    build[run] = b[0];
                }
                Directories.deleteQuietly(dir);
            }
            Path dir = Files.createTempDirectory(settings.work(), "jena-");
            long started = System.nanoTime();
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            try {
                DataLoader loader = LoaderFactory.parallelLoader(tdb, (fmt, args) -> { });
                loader.startBulk();
                loader.load(nq.toString());
                loader.finishBulk();
            } finally {
                TDBInternal.expel(tdb);
            }
            jena[run] = quads / seconds(started);
            Directories.deleteQuietly(dir);
        }
        Files.deleteIfExists(nq);
        Map<String, Double> medians = new LinkedHashMap<>();
        ours.forEach((writer, values) -> medians.put(writer, Figures.median(values)));
        double best = medians.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double jenaMedian = Figures.median(jena);
        Figures.Load load = new Figures.Load(quads, runs, medians, jenaMedian, Figures.median(build), best / jenaMedian);
        out.printf("load: %,d quads (ontology, sources, data graphs), median of %d runs%n", quads, runs);
        out.printf("  %-44s %12s%n", "path", "quads/s");
        medians.forEach((writer, value) -> out.printf("  %-44s %,12.0f%n",
                "sahel-kg JSON -> RDF -> TDB2 (" + writer + " writer)", value));
        out.printf("  %-44s %,12.0f%n", "Jena parallel bulk loader, same quads as N-Quads", jenaMedian);
        out.printf("  ratio (best sahel-kg / Jena): %.2f; JSON -> RDF in memory alone: %.2f s%n", load.ratio(),
                load.buildSeconds());
        return load;
    }

    /** Rule materialisation as {@code load} runs it, on a freshly built dataset each run. */
    private Figures.Rules rules(Project project) {
        int runs = settings.rulesRuns();
        double[] times = new double[runs];
        long peak = 0;
        long inferred = 0;
        ReasoningReport last = null;
        for (int run = 0; run < runs; run++) {
            DatasetGraph dsg = GraphBuilder.build(project);
            long before = dsg.stream().count();
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            last = Reasoner.materialize(project, dsg);
            times[run] = seconds(started);
            peak = Math.max(peak, peakHeap());
            inferred = dsg.stream().count() - before;
        }
        Figures.Rules rules = new Figures.Rules(runs, Figures.median(times), peak, inferred);
        out.printf("rules: median %.2f s of %d runs, %,d quads inferred, peak heap in use %,d MiB%n", rules.seconds(),
                runs, inferred, peak >> 20);
        if (last != null) {
            last.runs().stream().sorted(Comparator.comparing(ReasoningReport.RuleRun::time).reversed()).limit(3)
                    .forEach(r -> out.printf("  slowest: %-40s %8.2f s%n", r.name(), r.time().toNanos() / 1e9));
        }
        return rules;
    }

    private List<Figures.Latency> latencies(String sparql, Catalog catalog, String label)
            throws IOException, InterruptedException {
        return latencies(sparql, catalog, label, settings.queryRuns(), WARM_UP_ROUNDS, true);
    }

    /**
     * Each catalog query {@code runs} times after {@code warmUp} rounds of all; with {@code tolerant}, a query the
     * endpoint fails (an error, or over {@link #TOLERANT_TIMEOUT}) is recorded with its error instead of stopping.
     */
    private List<Figures.Latency> latencies(String sparql, Catalog catalog, String label, int runs, int warmUp,
                                            boolean tolerant) throws IOException, InterruptedException {
        List<Figures.Latency> result = new ArrayList<>();
        out.printf("catalog queries through %s (up to %d runs each, fewer but at least %d once a query has taken "
                + "%.0f s, after %d warm-up rounds; ms)%n", label, runs, MIN_RUNS, BUDGET_MS / 1000, warmUp);
        // A query the endpoint failed while warming up is not asked again: at 60 s a try, asking it again would
        // double the time a run spends on the queries an engine cannot answer.
        Map<String, String> failed = new java.util.HashMap<>();
        Map<String, Double> warmUpMillis = new java.util.HashMap<>();
        for (int round = 0; round < warmUp; round++) {
            for (CatalogQuery q : catalog.queries()) {
                // A slow query is warmed up once only: its own cost dwarfs the JIT's.
                if (failed.containsKey(q.name()) || round > 0 && warmUpMillis.getOrDefault(q.name(), 0.0) > BUDGET_MS / 5) {
                    continue;
                }
                long started = System.nanoTime();
                try {
                    ask(sparql, q.text(), tolerant ? TOLERANT_TIMEOUT : QUERY_TIMEOUT);
                } catch (BenchException | java.net.http.HttpTimeoutException e) {
                    if (!tolerant) {
                        throw e;
                    }
                    failed.put(q.name(), failure(e));
                }
                warmUpMillis.merge(q.name(), (System.nanoTime() - started) / 1e6, Double::sum);
            }
        }
        out.printf("  %-36s %8s %8s %6s %5s%n", "query", "p50", "p95", "rows", "runs");
        for (CatalogQuery q : catalog.queries()) {
            int rows = 0;
            double[] times = new double[runs];
            int done = 0;
            double spent = 0;
            if (failed.containsKey(q.name())) {
                String error = "while warming up: " + failed.get(q.name());
                out.printf("  %-36s %8s %8s %6s %5s  %s%n", q.name(), "-", "-", "-", "-", error);
                result.add(new Figures.Latency(q.name(), 0, Double.NaN, Double.NaN, -1, error));
                continue;
            }
            try {
                rows = rows(ask(sparql, q.text(), tolerant ? TOLERANT_TIMEOUT : QUERY_TIMEOUT));
                // Up to `runs` timed runs, fewer (at least MIN_RUNS) once a query has taken its time budget.
                while (done < runs && (done < MIN_RUNS || spent < BUDGET_MS)) {
                    long started = System.nanoTime();
                    ask(sparql, q.text(), tolerant ? TOLERANT_TIMEOUT : QUERY_TIMEOUT);
                    double ms = (System.nanoTime() - started) / 1e6;
                    times[done++] = ms;
                    spent += ms;
                }
            } catch (BenchException | java.net.http.HttpTimeoutException e) {
                if (!tolerant) {
                    throw e;
                }
                String error = failure(e);
                out.printf("  %-36s %8s %8s %6s %5s  %s%n", q.name(), "-", "-", "-", "-", error);
                result.add(new Figures.Latency(q.name(), 0, Double.NaN, Double.NaN, -1, error));
                continue;
            }
            double[] measured = java.util.Arrays.copyOf(times, done);
            Figures.Latency l = new Figures.Latency(q.name(), done, Figures.percentile(measured, 50),
                    Figures.percentile(measured, 95), rows);
            out.printf("  %-36s %8.2f %8.2f %6d %5d%n", l.query(), l.p50(), l.p95(), l.rows(), done);
            result.add(l);
        }
        return result;
    }

    /** What a failed query is recorded with: a timeout, or the start of the endpoint's error. */
    private static String failure(Exception e) {
        String error = e instanceof java.net.http.HttpTimeoutException
                ? "no answer within " + TOLERANT_TIMEOUT.toSeconds() + " s" : e.getMessage();
        return error.length() > 200 ? error.substring(0, 200) + "…" : error;
    }

    /** Clients each asking the catalog queries in turn, as fast as answers come, for a fixed time. */
    private List<Figures.Throughput> throughput(String sparql, Catalog catalog) throws InterruptedException {
        List<String> texts = catalog.queries().stream().map(CatalogQuery::text).toList();
        List<Figures.Throughput> result = new ArrayList<>();
        out.printf("endpoint throughput (catalog queries in turn, %.0f s per figure)%n", settings.clientSeconds());
        out.printf("  %8s %10s %12s%n", "clients", "answered", "queries/s");
        for (int clients : CLIENTS) {
            AtomicLong answered = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            long deadline = System.nanoTime() + (long) (settings.clientSeconds() * 1e9);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                        try {
                            ask(sparql, texts.get(i % texts.size()));
                            answered.incrementAndGet();
                        } catch (BenchException e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new BenchException("A throughput client failed: " + e.getCause().getMessage(), e);
                }
            }
            double secs = seconds(started);
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
            Figures.Throughput t = new Figures.Throughput(clients, secs, answered.get(), answered.get() / secs);
            out.printf("  %8d %10d %12.1f%s%n", clients, t.answered(), t.perSecond(),
                    failures.get() > 0 ? "  (" + failures.get() + " failed, not counted)" : "");
            result.add(t);
        }
        return result;
    }

    private List<Figures.Latency> virtuosoLatencies(Virtuoso.Settings vs, DatasetGraph dataset, Catalog catalog)
            throws IOException, InterruptedException {
        try (Virtuoso virtuoso = Virtuoso.start(vs, settings.work().resolve("virtuoso"))) {
            long started = System.nanoTime();
            RemoteStore remote = new RemoteStore(virtuoso.graphStoreUrl(), virtuoso.credentials(), RemoteStore.BATCH,
                    note -> { });
            long sent = org.apache.jena.system.Txn.calculateRead(dataset, () -> remote.replace(dataset));
            out.printf("Virtuoso %s: %,d quads loaded through the Graph Store Protocol in %.1f s%n", virtuoso.version(),
                    sent, seconds(started));
            return latencies(virtuoso.sparqlUrl(), catalog, "Virtuoso", Math.min(5, settings.queryRuns()), 1, true);
        }
    }

    /** Time from starting {@code java -jar … serve} on the seed graph to its first SPARQL answer. */
    private double[] ready(Project seed) throws IOException, InterruptedException {
        Path store = settings.work().resolve("store-ready");
        int runs = settings.quick() ? 3 : 5;
        double[] times = new double[runs];
        try {
            for (int run = -1; run < runs; run++) {
                // The first, untimed start builds the store for this jar (its fingerprint names the jar).
                double t = serveOnce(seed, store, run < 0 ? Duration.ofMinutes(10) : Duration.ofSeconds(60));
                if (run >= 0) {
                    times[run] = t;
                }
            }
        } finally {
            Directories.deleteQuietly(store);
        }
        return times;
    }

    private double serveOnce(Project seed, Path store, Duration limit) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-jar", settings.jar().toString(), "serve",
                "--home", seed.home().toString(), "--store", store.toString(), "--host", "127.0.0.1", "--port", "0");
        pb.redirectErrorStream(true);
        pb.environment().put(Project.TEXTS_ENV, seed.texts().toString());
        long started = System.nanoTime();
        Process process = pb.start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String sparql = null;
            StringBuilder seen = new StringBuilder();
            long deadline = started + limit.toNanos();
            String line;
            while (sparql == null && (line = lines.readLine()) != null) {
                seen.append(line).append('\n');
                int at = line.indexOf("(SPARQL: ");
                if (line.startsWith("sahel-kg ready at ") && at >= 0) {
                    sparql = line.substring(at + "(SPARQL: ".length(), line.lastIndexOf(')'));
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            if (sparql == null) {
                throw new BenchException("serve did not say it was ready; it printed:\n" + seen);
            }
            Thread drain = new Thread(() -> {
                try {
                    while (lines.readLine() != null) {
                        // discard: serve's output after the ready line
                    }
                } catch (IOException e) {
                    // the process stopped
                }
            }, "bench-serve-output");
            drain.setDaemon(true);
            drain.start();
            while (true) {
                try {
                    ask(sparql, "ASK { ?s ?p ?o }");
                    return seconds(started);
                } catch (IOException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(5);
                }
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Posts one query; returns the SPARQL JSON results. */
    private String ask(String sparql, String query) throws IOException, InterruptedException {
        return ask(sparql, query, QUERY_TIMEOUT);
    }

    private String ask(String sparql, String query, Duration timeout) throws IOException, InterruptedException {
        // A URL-encoded form, the one request form both engines take: Virtuoso 7.2 never answers a POST of
        // application/sparql-query (the request hangs until the client gives up).
        HttpRequest request = HttpRequest.newBuilder(URI.create(sparql)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(query,
                        StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new BenchException("HTTP " + response.statusCode() + ": "
                    + response.body().lines().limit(5).reduce("", (a, b) -> a + " " + b).strip());
        }
        java.util.Optional<String> partial = response.headers().firstValue(Virtuoso.PARTIAL_ANSWER_HEADER);
        if (partial.isPresent()) {
            throw new BenchException("a partial answer (" + Virtuoso.PARTIAL_ANSWER_HEADER + ": " + partial.get()
                    + "): the query reached Virtuoso's time limit of " + VIRTUOSO_TIME_LIMIT.toSeconds() + " s");
        }
        return response.body();
    }

    private int rows(String body) throws IOException {
        JsonNode root = json.readTree(body);
        JsonNode bindings = root.path("results").path("bindings");
        return bindings.isArray() ? bindings.size() : (root.has("boolean") ? 1 : 0);
    }

    /** A generated home with {@code events} events under the work directory, generated once and reused. */
    private Project generated(int events) {
        Path root = settings.work().resolve("events-" + events);
        Path home = root.resolve("home");
        Path texts = root.resolve("shared").resolve("seeds");
        Path done = root.resolve("generated.txt");
        if (!Files.isRegularFile(done)) {
            Directories.deleteQuietly(root);
            long started = System.nanoTime();
            Generator.generate(new Generator.Settings(events, 1, home, texts, settings.home()));
            try {
                Files.writeString(done, "events " + events + " seed 1\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.printf("generated %,d events in %s (%.1f s)%n", events, home, seconds(started));
        } else {
            // Reused data: the rules and checks are today's, not those copied when it was generated.
            Generator.refreshCopies(settings.home(), home);
        }
        return new Project(home, texts);
    }

    private void write(Figures.Report report) throws IOException {
        Path jsonFile = settings.out().resolve("bench.json");
        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(jsonFile.toFile(), report);
        Path svg = settings.out().resolve("latency.svg");
        Files.writeString(svg, Plot.latency(report), StandardCharsets.UTF_8);
        out.printf("figures written to %s and %s%n", jsonFile, svg);
    }

    /** Draws {@code latency.svg} in {@code outDir} from the figures of an earlier run ({@code bench.json}). */
    public static Path replot(Path benchJson, Path outDir) throws IOException {
        Figures.Report report = new ObjectMapper().readValue(benchJson.toFile(), Figures.Report.class);
        Files.createDirectories(outDir);
        Path svg = outDir.resolve("latency.svg");
        Files.writeString(svg, Plot.latency(report), StandardCharsets.UTF_8);
        return svg;
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return one < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.2f", one);
        }
    }

    private static String machine() {
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        return String.format(java.util.Locale.ROOT, "%d cores, %.0f GiB, Java %s, max heap %d MiB",
                Runtime.getRuntime().availableProcessors(), memory / (double) (1L << 30),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()} (an upper bound of the heap in use). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
