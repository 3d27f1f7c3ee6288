package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.iri.WebIris;

/**
 * Issue 12, item 5: dumps that cannot be written (here a file stands where their directory must be, as a full
 * disk refuses them) answer 503 with a one-line {@code Retry-After}, for the dumps and the VoID alike, and once the
 * cause is gone the next request after the back-off writes them: 200 without a restart.
 */
class DumpsRetryIT {
    @TempDir
    Path tmp;

    @Test
    void failedDumpsAnswer503ThenRecoverWithoutRestart() throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> dsg.add(new Quad(NodeFactory.createURI("https://example.org/g"),
                NodeFactory.createURI("https://example.org/s"), NodeFactory.createURI("https://example.org/p"),
                NodeFactory.createLiteralString("o"))));
        Path dumps = tmp.resolve("dumps");
        Files.writeString(dumps, "in the way\n");
        KgServer server = KgServer.start(dsg, new KgServer.Config("127.0.0.1", 0, Duration.ofSeconds(10),
                Path.of(System.getProperty("sahelkg.home", ".")).resolve("queries"), null, dumps, null));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + server.port();
            List<String> paths = List.of("/dumps/", "/dumps/sahel-kg.nq", WebIris.VOID_PATH + ".ttl");
            for (String path : paths) {
                HttpResponse<String> r = get(http, base + path);
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                String retry = r.headers().firstValue("Retry-After").orElse("");
                assertTrue(retry.matches("[1-9][0-9]*"), path + ": Retry-After " + retry);
                assertEquals(1, r.body().strip().lines().count(), path + ": one line: " + r.body());
            }
            Files.delete(dumps);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            HttpResponse<String> r = get(http, base + "/dumps/sahel-kg.nq");
            while (r.statusCode() == 503 && System.nanoTime() < deadline) {
                Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                r = get(http, base + "/dumps/sahel-kg.nq");
            }
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("https://example.org/s"), r.body());
            assertEquals(200, get(http, base + WebIris.VOID_PATH + ".ttl").statusCode());
            assertEquals(200, get(http, base + "/dumps/").statusCode());
        } finally {
            server.stop();
        }
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
