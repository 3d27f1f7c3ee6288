package org.sahelkg.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** What {@code bench} measured, as written to {@code target/bench/bench.json}. */
public final class Figures {
    private Figures() {
    }

    /** Median, p50 and p95 of a sample (nearest-rank). */
    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /**
     * One data set the benchmark ran on.
     *
     * @param name      {@code seed} or {@code events-N}
     * @param events    synthetic events (0 for the seed graph)
     * @param asserted  quads the loader produces (ontology, sources, data graphs)
     * @param inferred  quads the rules add
     */
    public record Scale(String name, int events, long asserted, long inferred, Load load, Rules rules,
                        List<Latency> queries, List<Throughput> throughput, List<Latency> virtuoso,
                        Double virtuosoRatio, double storeBuildSeconds) {
        long total() {
            return asserted + inferred;
        }

        double worstP50() {
            return queries.stream().mapToDouble(Latency::p50).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
        }

        double medianP50() {
            return median(queries.stream().mapToDouble(Latency::p50).filter(d -> !Double.isNaN(d)).toArray());
        }
    }

    /**
     * Load throughput: the project's path (JSON → checks → RDF in memory → TDB2 bulk writer) for each writer,
     * and Jena's parallel bulk loader reading the same quads as N-Quads; quads per second, median of {@code runs}.
     */
    public record Load(long quads, int runs, Map<String, Double> oursPerSecond, double jenaPerSecond,
                       double buildSeconds, double ratio) {
    }

    /** Rule materialisation: median seconds and the highest peak heap in use, over {@code runs}. */
    public record Rules(int runs, double seconds, long peakHeapBytes, long inferred) {
    }

    /** One catalog query through the HTTP endpoint, in milliseconds; {@code error} when the endpoint failed it. */
    public record Latency(String query, int runs, double p50, double p95, int rows, String error) {
        Latency(String query, int runs, double p50, double p95, int rows) {
            this(query, runs, p50, p95, rows, null);
        }
    }

    /** Catalog queries answered per second with {@code clients} concurrent clients. */
    public record Throughput(int clients, double seconds, long answered, double perSecond) {
    }

    /**
     * Ingest throughput: the generator's synthetic source texts drafted against the seed graph ({@code Article} →
     * mentions, times, quantities, candidates), after warm-up; the startup (seed graph and drafter built) apart.
     *
     * @param corpus         which generated home the texts come from ({@code events-N})
     * @param bytes          UTF-8 bytes of the texts, drafted once per run
     * @param startupSeconds building the seed graph and the drafter, once, not counted in the throughput
     * @param seconds        median seconds of a run (every text drafted once)
     * @param mbPerSecond    {@code bytes} / 10⁶ / {@code seconds}
     * @param candidates     claim and event candidates of one run (the same every run)
     */
    public record Ingest(String corpus, int texts, long bytes, double startupSeconds, int warmUpRuns, int runs,
                         double seconds, double mbPerSecond, long mentions, long times, long quantities,
                         long candidates) {
    }

    /** Everything of one run; {@code ingest} is null in reports written before it was measured. */
    public record Report(String date, String machine, String command, String loadBefore, String loadAfter,
                         List<Scale> scales, double readySeconds, int readyRuns, Ingest ingest) {
    }
}
