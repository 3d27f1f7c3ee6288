package org.sahelkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelkg.Fixtures;
import org.sahelkg.iri.Iris;

/** {@code bench pages} asks a server on loopback for every page of the fixture, as a browser would. */
class PageBenchIT {
    @Test
    void everyPageOfTheNamespaceIsFetchedAndCountedUnderItsKind() throws Exception {
        Path queries = Path.of(PageBenchIT.class.getResource("/catalog").toURI());
        PageBench.Report report = PageBench.run(Fixtures.unionTdb(), queries, 2);

        assertEquals(3, report.pages(), "the ontology, one event, one source");
        assertEquals(2, report.runs());
        assertEquals(List.of("event", "ontology", "source"),
                report.kinds().stream().map(PageBench.Figures::kind).toList());
        report.kinds().forEach(k -> {
            assertEquals(1, k.pages(), k.kind());
            assertTrue(k.p50() > 0 && k.p50() <= k.p95() && k.p95() <= k.max(), k.toString());
        });
        assertTrue(report.largestResource().iri().startsWith(Iris.ID), report.largestResource().iri());
        assertTrue(report.largest().bytes() >= report.largestResource().bytes());
        assertTrue(report.largestResource().bytes() > 1000, "a whole HTML page: " + report.largestResource());
    }
}
