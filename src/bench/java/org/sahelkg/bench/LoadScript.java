package org.sahelkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on a running server (not a test: a measurement): N clients, each sending requests one
 * after the other, for a fixed time per level, over every query of the catalog ({@code /catalog.json}, run
 * at {@code /sparql} with their default parameters) and the pages (home, timeline, map, disputes, sources,
 * search, resource pages). Prints, per level, the requests, errors, 429s, throughput and p50/p95/p99.
 * Talks only to a loopback address, and stops by itself.
 *
 * <pre>
 * java -cp target/sahel-kg.jar org.sahelkg.bench.LoadScript --base http://127.0.0.1:3030 --seconds 60 [--clients 1,2,4,8]
 * </pre>
 *
 * An error is any answer but 200 (and 303 for a resource IRI), or no answer. A 429 (the server's per-client
 * share, {@code serve --max-concurrent-per-client}, default 4) is counted apart, so that a run with more
 * clients than the share shows it; run the server with a share at least the largest number of clients to
 * measure the server rather than its limit.
 */
public final class LoadScript {
    /** One request of the workload. */
    record Target(String label, String path, String accept) {
    }

    /** The figures of one level. */
    record Level(int clients, long requests, long errors, long refused, double seconds, double p50, double p95,
                 double p99, Map<String, Long> errorsByTarget) {
        double throughput() {
            return requests / seconds;
        }
    }

    private static final List<String> PAGES = List.of("/", "/timeline", "/map", "/disputes", "/sources",
            "/search?q=mali", "/search?q=alg", "/query", "/ontology.html", "/.well-known/void");
    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final String HTML = "text/html";

    private LoadScript() {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:3030";
        int seconds = 60;
        int warmUp = 10;
        List<Integer> levels = List.of(1, 2, 4, 8);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (arg) {
                case "--base" -> base = require(arg, value);
                case "--seconds" -> seconds = Integer.parseInt(require(arg, value));
                case "--warm-up" -> warmUp = Integer.parseInt(require(arg, value));
                case "--clients" -> levels = Arrays.stream(require(arg, value).split(",")).map(String::strip)
                        .map(Integer::parseInt).toList();
                default -> {
                    System.err.println("LoadScript: unknown option " + arg + "; expected --base URL --seconds N "
                            + "--warm-up N --clients 1,2,4,8");
                    System.exit(2);
                }
            }
            i++;
        }
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (seconds < 1 || seconds > 600 || warmUp < 0 || levels.isEmpty() || levels.stream().anyMatch(n -> n < 1 || n > 64)) {
            System.err.println("LoadScript: --seconds 1..600, --warm-up ≥ 0, --clients 1..64 each");
            System.exit(2);
        }
        String refusal = refuseUnlessLoopback(base);
        if (refusal != null) {
            System.err.println("LoadScript: " + refusal);
            System.exit(2);
        }
        try {
            run(base, seconds, warmUp, levels, System.out);
        } catch (IOException e) {
            System.err.println("LoadScript: " + base + ": " + e.getMessage() + " (is `serve` running and ready?)");
            System.exit(1);
        }
    }

    private static String require(String option, String value) {
        if (value == null) {
            System.err.println("LoadScript: " + option + " needs a value");
            System.exit(2);
        }
        return value;
    }

    /** Null when {@code base} is an http URL whose host is a loopback address, else why not. */
    static String refuseUnlessLoopback(String base) {
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            return "not a URL: " + base;
        }
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            return "expected an http://127.0.0.1:PORT or http://localhost:PORT URL, found " + base;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(uri.getHost());
            for (InetAddress address : addresses) {
                if (!address.isLoopbackAddress()) {
                    return "refusing a non-loopback target: " + uri.getHost() + " is " + address.getHostAddress()
                            + " (this script only loads a server on this machine)";
                }
            }
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
        return null;
    }

    static List<Level> run(String base, int seconds, int warmUp, List<Integer> levels, PrintStream out)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<Target> targets = workload(http, base);
        out.printf(Locale.ROOT, "LoadScript: %s, %d requests in the mix (%d catalog queries, %d pages), %d s per "
                + "level after %d s of warm-up%n", base, targets.size(),
                targets.stream().filter(t -> t.label().startsWith("query ")).count(),
                targets.stream().filter(t -> !t.label().startsWith("query ")).count(), seconds, warmUp);
        if (warmUp > 0) {
            level(http, base, targets, 2, warmUp);
        }
        out.println("| clients | requests | errors | 429 | req/s | p50 ms | p95 ms | p99 ms |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<Level> results = new ArrayList<>();
        for (int clients : levels) {
            Level l = level(http, base, targets, clients, seconds);
            results.add(l);
            out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", l.clients(), l.requests(),
                    l.errors(), l.refused(), l.throughput(), l.p50(), l.p95(), l.p99());
            if (!l.errorsByTarget().isEmpty()) {
                out.println("  errors: " + l.errorsByTarget());
            }
        }
        return results;
    }

    /** Every catalog query and every page, plus twenty resource pages found by a query. */
    static List<Target> workload(HttpClient http, String base) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        List<Target> targets = new ArrayList<>();
        HttpResponse<String> catalog = http.send(HttpRequest.newBuilder(URI.create(base + "/catalog.json"))
                .timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
        if (catalog.statusCode() != 200) {
            throw new IOException(base + "/catalog.json answered " + catalog.statusCode());
        }
        for (JsonNode q : json.readTree(catalog.body()).get("queries")) {
            targets.add(new Target("query " + q.get("name").asText(), sparql(q.get("text").asText()), SPARQL_JSON));
        }
        for (String page : PAGES) {
            targets.add(new Target("page " + page, page, HTML));
        }
        String find = "SELECT DISTINCT ?s WHERE { ?s a ?type FILTER(STRSTARTS(STR(?s), \"https://w3id.org/sahel-kg/id/\"))"
                + " FILTER(!CONTAINS(STR(?s), \"#\")) } ORDER BY ?s LIMIT 20";
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(URI.create(base + sparql(find)))
                .header("Accept", SPARQL_JSON).timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
        if (found.statusCode() != 200) {
            throw new IOException("the query for resource pages answered " + found.statusCode() + ": " + found.body());
        }
        {
            for (JsonNode row : json.readTree(found.body()).get("results").get("bindings")) {
                String iri = row.get("s").get("value").asText();
                String path = "/" + iri.substring("https://w3id.org/sahel-kg/".length());
                targets.add(new Target("resource " + path, path + ".html", HTML));
            }
        }
        return targets;
    }

    private static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static Level level(HttpClient http, String base, List<Target> targets, int clients, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        Map<String, Long> errorsByTarget = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            int first = c * targets.size() / clients;
            Thread t = new Thread(() -> {
                int n = 0;
                for (int i = first; System.nanoTime() < end && n < mine.length - 1; i++) {
                    Target target = targets.get(i % targets.size());
                    long start = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + target.path()))
                                .header("Accept", target.accept()).timeout(Duration.ofSeconds(120)).build(),
                                BodyHandlers.ofByteArray());
                        status = r.statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long took = System.nanoTime() - start;
                    if (status == 429) {
                        refused.incrementAndGet();
                        continue;
                    }
                    mine[++n] = took;
                    if (status != 200 && !(status == 303 && target.label().startsWith("resource "))) {
                        errors.incrementAndGet();
                        errorsByTarget.merge(target.label() + " → " + status, 1L, Long::sum);
                    }
                }
                mine[0] = n;
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Long> all = new ArrayList<>();
        for (long[] mine : latencies) {
            for (int i = 1; i <= mine[0]; i++) {
                all.add(mine[i]);
            }
        }
        all.sort(null);
        return new Level(clients, all.size(), errors.get(), refused.get(), elapsed, percentile(all, 50),
                percentile(all, 95), percentile(all, 99), new TreeMap<>(errorsByTarget));
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
