package org.sahelkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The benchmark's arithmetic and outputs, on made-up figures (nothing here is timed). */
class BenchReportTest {
    static Figures.Report report() {
        Figures.Load load = new Figures.Load(1000, 3, Map.of("parallel", 900.0, "phased", 1000.0), 1250.0, 0.5, 0.8);
        Figures.Rules rules = new Figures.Rules(3, 4.25, 1L << 30, 500);
        List<Figures.Latency> seedQueries = List.of(new Figures.Latency("a", 10, 3.5, 4.0, 2),
                new Figures.Latency("b", 10, 12.25, 20.0, 7), new Figures.Latency("c", 10, 1.5, 2.0, 1));
        List<Figures.Latency> bigQueries = List.of(new Figures.Latency("a", 10, 30, 40, 2),
                new Figures.Latency("b", 10, 120, 200, 7),
                new Figures.Latency("c", 0, Double.NaN, Double.NaN, -1, "no answer within 60 s"));
        Figures.Scale seed = new Figures.Scale("seed", 0, 100, 20, null, null, seedQueries, List.of(), List.of(),
                null, 1.0);
        Figures.Scale small = new Figures.Scale("events-10", 10, 1000, 500, load, rules, List.of(), List.of(),
                List.of(), null, Double.NaN);
        Figures.Scale big = new Figures.Scale("events-1000", 1000, 100_000, 90_000, load, rules, bigQueries, List.of(),
                List.of(), null, 10.0);
        return new Figures.Report("2026-11-21", "2 cores <test> & more", "bench --quick", "0.5 0.5 0.5", "1 1 1",
                List.of(seed, small, big), 2.5, 3, new Figures.Ingest("events-10", 12, 3_000_000, 1.5, 3, 5, 0.4, 7.5,
                        900, 120, 40, 60));
    }

    @Test
    void theSummaryLineHasTheFourFiguresInItsFixedForm() {
        assertEquals("summary load_ratio=0.80 rules_s=4.25 query_p50_ms=12.25 ready_s=2.50 ingest_mb_s=7.50",
                Bench.summary(report()));
    }

    @Test
    void theIngestFigureIsWrittenToBenchJsonAndAnEarlierReportWithoutItStillReads() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Figures.Report back = json.readValue(json.writeValueAsString(report()), Figures.Report.class);
        assertEquals(report().ingest(), back.ingest());
        assertEquals(7.5, json.readTree(json.writeValueAsString(report())).path("ingest").path("mbPerSecond")
                .asDouble());
        Figures.Report earlier = json.readValue(java.nio.file.Path.of("src/site/bench/bench.json").toFile(),
                Figures.Report.class);
        assertEquals(null, earlier.ingest());
    }

    @Test
    void percentilesAreNearestRank() {
        double[] values = {5, 1, 4, 2, 3};
        assertEquals(3, Figures.median(values));
        assertEquals(5, Figures.percentile(values, 95));
        assertEquals(1, Figures.percentile(values, 1));
        assertTrue(Double.isNaN(Figures.median(new double[0])));
    }

    @Test
    void theWorstQueryIgnoresQueriesTheEngineFailed() {
        Figures.Scale scale = new Figures.Scale("x", 1, 1, 1, null, null, List.of(new Figures.Latency("a", 1, 5, 5, 1),
                new Figures.Latency("b", 0, Double.NaN, Double.NaN, -1, "refused")), List.of(), List.of(), null, 1);
        assertEquals(5, scale.worstP50());
        assertEquals(5, scale.medianP50());
    }

    @Test
    void thePlotIsWellFormedSvgWithALinePerQueryAndEveryScaleInItsLegend() throws Exception {
        String svg = Plot.latency(report());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        // One thin line per query, the median and the slowest; a failed query has no point, and no coordinate
        // is NaN.
        assertEquals(5, doc.getElementsByTagName("polyline").getLength());
        assertTrue(!svg.contains("NaN"), svg);
        assertTrue(svg.contains("seed: 120 quads") && svg.contains("events-1000: 190,000 quads"), svg);
        assertTrue(!svg.contains("events-10:"), "a scale without query figures is not plotted");
    }
}
