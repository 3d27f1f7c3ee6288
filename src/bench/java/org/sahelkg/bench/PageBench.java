package org.sahelkg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Project;
import org.sahelkg.server.KgServer;
import org.sahelkg.store.Store;

/**
 * How long the server takes to answer each resource page of a store (not a test: a measurement). Asks an
 * in-process server on loopback for every page of the namespace ({@code /id/…} and the ontology) {@code runs}
 * times, after two warm-up passes, and prints p50, p95 and max per kind of page, and the largest page with its
 * time.
 *
 * <pre>
 * java -cp target/sahel-kg-bench.jar org.sahelkg.bench.PageBench [--home DIR] [--store DIR] [--runs N]
 * </pre>
 */
public final class PageBench {
    /** The figures of one kind of page, in milliseconds. */
    public record Figures(String kind, int pages, double p50, double p95, double max, String slowest) {
    }

    /** One page's figures. */
    public record Page(String iri, int bytes, double p50, double max) {
    }

    /** What was measured: per kind, the largest page of all, and the largest page of a resource under /id/. */
    public record Report(List<Figures> kinds, Page largest, Page largestResource, int pages, int runs) {
    }

    private PageBench() {
    }

    public static void main(String[] args) {
        Path home = Path.of("");
        Path store = null;
        int runs = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--store" -> store = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: PageBench [--home DIR] [--store DIR] [--runs N]");
                    System.exit(2);
                }
            }
        }
        Project project = Project.at(home);
        try (Store s = new Store(store != null ? store : Store.defaultLocation(project))) {
            s.ensureFresh(project);
            print(run(s.open(), project.queries(), runs), System.out);
        }
    }

    /**
     * Fetches every page of {@code dataset} {@code runs} times from a server on loopback, as a browser would ask
     * for it: the figures are the server's own path (model from the store, template, response) plus one loopback
     * round trip, without reaching into the server's page classes.
     */
    public static Report run(DatasetGraph dataset, Path queries, int runs) {
        List<Node> pages = Txn.calculateRead(dataset, () -> resources(dataset));
        int[] sizes = new int[pages.size()];
        double[][] times = new double[pages.size()][runs];
        HttpClient http = HttpClient.newHttpClient();
        try (KgServer server = KgServer.start(dataset, new KgServer.Config("127.0.0.1", 0,
                KgServer.Config.DEFAULT_TIMEOUT, queries))) {
            for (int pass = -2; pass < runs; pass++) {
                for (int i = 0; i < pages.size(); i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()
                            + pages.get(i).getURI().substring(Iris.BASE.length()) + ".html")).build();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = send(http, request);
                    double ms = (System.nanoTime() - start) / 1e6;
                    if (response.statusCode() != 200) {
                        throw new BenchException(request.uri() + ": HTTP " + response.statusCode()
                                + " where the page was expected");
                    }
                    if (pass >= 0) {
                        times[i][pass] = ms;
                    }
                    sizes[i] = response.body().length;
                }
            }
        }
        List<Figures> figures = new ArrayList<>();
        Map<String, List<Integer>> indexes = new TreeMap<>();
        for (int i = 0; i < pages.size(); i++) {
            indexes.computeIfAbsent(kind(pages.get(i)), k -> new ArrayList<>()).add(i);
        }
        indexes.forEach((kind, members) -> {
            double[] all = members.stream().flatMapToDouble(i -> Arrays.stream(times[i])).sorted().toArray();
            int slowest = members.stream().max((a, b) -> Double.compare(max(times[a]), max(times[b]))).orElseThrow();
            figures.add(new Figures(kind, members.size(), percentile(all, 50), percentile(all, 95), all[all.length - 1],
                    pages.get(slowest).getURI()));
        });
        int largest = 0;
        int largestResource = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (sizes[i] > sizes[largest]) {
                largest = i;
            }
            if (pages.get(i).getURI().startsWith(Iris.ID) && (largestResource < 0 || sizes[i] > sizes[largestResource])) {
                largestResource = i;
            }
        }
        return new Report(figures, page(pages, sizes, times, largest), page(pages, sizes, times, largestResource),
                pages.size(), runs);
    }

    private static HttpResponse<byte[]> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new BenchException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException(request.uri() + ": interrupted", e);
        }
    }

    private static Page page(List<Node> pages, int[] sizes, double[][] times, int i) {
        double[] t = times[i].clone();
        Arrays.sort(t);
        return new Page(pages.get(i).getURI(), sizes[i], percentile(t, 50), t[t.length - 1]);
    }

    public static void print(Report r, PrintStream out) {
        out.printf("%d pages, each rendered %d times after 2 warm-up passes (milliseconds)%n", r.pages(), r.runs());
        out.printf("%-14s %6s %8s %8s %8s  %s%n", "kind", "pages", "p50", "p95", "max", "slowest page");
        for (Figures f : r.kinds()) {
            out.printf("%-14s %6d %8.2f %8.2f %8.2f  %s%n", f.kind(), f.pages(), f.p50(), f.p95(), f.max(), f.slowest());
        }
        for (Page page : List.of(r.largest(), r.largestResource())) {
            out.printf("largest %s: %s (%,d bytes): p50 %.2f ms, max %.2f ms%n",
                    page == r.largest() ? "page" : "resource page", page.iri(), page.bytes(), page.p50(), page.max());
        }
    }

    /** Every resource of the namespace that has a page: the ontology and each {@code /id/…} IRI. */
    static List<Node> resources(DatasetGraph dataset) {
        Set<Node> found = new LinkedHashSet<>();
        found.add(NodeFactory.createURI(Iris.ONTOLOGY_DOCUMENT));
        dataset.find().forEachRemaining(q -> {
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Iris.ID)) {
                    String iri = n.getURI();
                    int hash = iri.indexOf('#');
                    found.add(hash < 0 ? n : NodeFactory.createURI(iri.substring(0, hash)));
                }
            }
        });
        return new ArrayList<>(found);
    }

    static String kind(Node n) {
        if (n.getURI().equals(Iris.ONTOLOGY_DOCUMENT)) {
            return "ontology";
        }
        String rest = n.getURI().substring(Iris.ID.length());
        return rest.substring(0, rest.indexOf('/'));
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
