package org.sahelkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How resident memory of a running {@code serve} moves under many small requests (issue 12, item 8): a
 * fixed number of requests from 4 clients over HTTP/1.1, cycling a ping, a one-triple query and four
 * pages, printing the server's {@code VmRSS} (from {@code /proc/PID/status}) before, every tenth of the
 * run and after. A measurement, not a test; loopback targets only, and it stops by itself.
 *
 * <pre>
 * java -cp target/sahel-kg-bench.jar org.sahelkg.bench.MemorySoak http://127.0.0.1:3030/ PID 100000
 * </pre>
 */
public final class MemorySoak {
    private static final int CLIENTS = 4;
    private static final List<String> PATHS = List.of("$/ping", "sparql?query="
                    + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o } LIMIT 1", StandardCharsets.UTF_8),
            "", "id/country/mali.html", "sources", "catalog.json");

    private MemorySoak() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !args[1].matches("\\d+") || !args[2].matches("\\d{1,7}")) {
            System.err.println("MemorySoak: expected BASE-URL SERVER-PID REQUESTS (at most 9,999,999)");
            System.exit(2);
        }
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        String refusal = LoadScript.refuseUnlessLoopback(base);
        if (refusal != null) {
            System.err.println("MemorySoak: " + refusal);
            System.exit(2);
        }
        String pid = args[1];
        long total = Long.parseLong(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong next = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        System.out.printf("before: %d MB%n", rssMegabytes(pid));
        long t0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    URI uri = URI.create(base + PATHS.get((int) (i % PATHS.size())));
                    try {
                        int status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                                BodyHandlers.discarding()).statusCode();
                        if (status != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    }
                    if (total >= 10 && i % (total / 10) == 0 && i > 0) {
                        System.out.printf("%,d: %d MB%n", i, rssMegabytes(pid));
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.HOURS)) {
            clients.shutdownNow();
        }
        System.out.printf("after %,d requests (%,d not 200) in %.0f s: %d MB%n", total, failed.get(),
                (System.nanoTime() - t0) / 1e9, rssMegabytes(pid));
    }

    /** The resident memory of process {@code pid}, in MB, or -1 once it is gone. */
    static long rssMegabytes(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }
}
