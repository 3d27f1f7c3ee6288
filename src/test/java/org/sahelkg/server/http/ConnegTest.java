package org.sahelkg.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.server.graph.DocFormat;

class ConnegTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
        // Browsers
        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8 | HTML",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        // Anything, or nothing said
        "*/* | HTML",
        "'' | HTML",
        // RDF clients
        "text/turtle | TURTLE",
        "application/ld+json | JSONLD",
        "application/json | JSONLD",
        "application/n-triples | NTRIPLES",
        "application/rdf+xml | RDFXML",
        "text/turtle;q=0.9, application/rdf+xml | RDFXML",
        "application/rdf+xml;q=0.5, text/turtle;q=0.9, */*;q=0.1 | TURTLE",
        "text/*;q=0.5, application/ld+json;q=0.4 | HTML",
        "TEXT/TURTLE | TURTLE",
        // A more specific range wins over a wildcard, even with a lower quality
        "*/*;q=0.9, text/html;q=0.1 | TURTLE",
        // Refused or unknown
        "text/html;q=0, */*;q=0.5 | TURTLE",
        "image/png | NONE",
        "application/pdf, text/csv | NONE",
        "text/html;q=0 | NONE",
    })
    void chooses(String accept, String expected) {
        Optional<DocFormat> chosen = Conneg.choose(accept, DocFormat.ALL);
        assertEquals(expected == null ? Optional.empty() : Optional.of(DocFormat.valueOf(expected)), chosen);
    }

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE", "turtle, TURTLE", "jsonld, JSONLD", "json-ld, JSONLD", "nt, NTRIPLES",
        "rdf, RDFXML", "xml, RDFXML", "html, HTML", "text/turtle, TURTLE"})
    void formatNames(String name, DocFormat expected) {
        assertEquals(Optional.of(expected), DocFormat.byName(name));
    }
}
