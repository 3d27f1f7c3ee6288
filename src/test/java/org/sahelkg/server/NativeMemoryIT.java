package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.sahelkg.Fixtures;

/**
 * Issue 12, item 8: each response took a 5 MiB direct buffer (Fuseki's output buffer size), too large for
 * Jetty's pool, so allocated afresh and freed only when a garbage collection happened to run: 2,000 pings
 * took the resident memory from 163 MB to 4.8 GB. Here 1,000 mixed requests to an in-process server must
 * not raise the JVM's direct memory by more than {@link #BOUND} at any moment: 32 MiB, room for the
 * buffers Jetty's pool keeps, and what six of the old responses took.
 */
class NativeMemoryIT {
    static final long BOUND = 32L * 1024 * 1024;
    static final int REQUESTS = 1_000;

    @Test
    void directMemoryStaysFlatOverAThousandResponses() throws Exception {
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
        DatasetGraph dataset = Fixtures.unionTdb();
        KgServer server = KgServer.start(dataset, new KgServer.Config("127.0.0.1", 0, KgServer.Config.DEFAULT_TIMEOUT,
                ServerIT.EXAMPLE_QUERIES));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            String base = "http://127.0.0.1:" + server.port();
            List<String> paths = List.of("/$/ping", "/sparql?query="
                    + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8),
                    "/catalog.json", "/");
            long before = direct.getMemoryUsed();
            long most = 0;
            for (int i = 0; i < REQUESTS; i++) {
                String path = paths.get(i % paths.size());
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), path);
                most = Math.max(most, direct.getMemoryUsed() - before);
            }
            System.out.printf("%d requests: direct memory rose at most %.1f MiB%n", REQUESTS, most / 1048576.0);
            assertTrue(most < BOUND, "direct memory rose by " + most / 1048576 + " MiB over " + REQUESTS
                    + " requests (at most " + BOUND / 1048576 + " MiB)");
        } finally {
            server.stop();
            dataset.close();
        }
    }
}
