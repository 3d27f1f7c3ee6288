package org.sahelkg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.sahelkg.iri.Iris;

/**
 * How much a store generation holds: quads per named graph and resources per kind of id. Kept beside each
 * generation ({@link #FILE}) so that a rebuild can tell, without opening the database a server may hold, whether
 * it would publish a smaller graph than the current one: a data file lost by mistake must not take its records out
 * of the served graph without anyone asking for it.
 *
 * @param graphs quads per graph IRI ({@code (default graph)} for the default graph)
 * @param kinds  distinct resources per kind of id ({@code membership}, {@code event} …), over all graphs
 */
public record Contents(Map<String, Long> graphs, Map<String, Long> kinds) {
    /** The file, in each generation, holding its contents. */
    public static final String FILE = "contents.txt";

    public Contents {
        graphs = Map.copyOf(graphs);
        kinds = Map.copyOf(kinds);
    }

    /** Counts the quads and resources of {@code dataset}, in a read transaction when it has transactions. */
    public static Contents of(DatasetGraph dataset) {
        if (dataset.supportsTransactions() && !dataset.isInTransaction()) {
            return Txn.calculateRead(dataset, () -> count(dataset));
        }
        return count(dataset);
    }

    private static Contents count(DatasetGraph dataset) {
        Map<String, Long> graphs = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        dataset.find().forEachRemaining(q -> {
            graphs.merge(graphName(q.getGraph()), 1L, Long::sum);
            if (q.getSubject().isURI()) {
                String id = Iris.idOf(q.getSubject().getURI());
                if (id != null) {
                    ids.add(id);
                }
            }
        });
        Map<String, Long> kinds = new TreeMap<>();
        ids.forEach(id -> kinds.merge(Iris.kindOf(id), 1L, Long::sum));
        return new Contents(graphs, kinds);
    }

    private static String graphName(Node graph) {
        return graph == null || Quad.isDefaultGraph(graph) ? "(default graph)" : graph.isURI() ? graph.getURI()
                : graph.toString();
    }

    public long quads() {
        return graphs.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * What publishing {@code next} in place of this would remove, one line per kind of resource and per graph
     * that would shrink ({@code 21 memberships (of 21)}); empty when nothing would.
     */
    public List<String> removedBy(Contents next) {
        List<String> removed = new ArrayList<>();
        new TreeMap<>(kinds).forEach((kind, n) -> {
            long fewer = n - next.kinds.getOrDefault(kind, 0L);
            if (fewer > 0) {
                removed.add(fewer + " " + plural(kind, fewer) + " (of " + n + ")");
            }
        });
        new TreeMap<>(graphs).forEach((graph, n) -> {
            long fewer = n - next.graphs.getOrDefault(graph, 0L);
            if (fewer > 0) {
                removed.add(fewer + " of the " + n + " quads of " + graph);
            }
        });
        return removed;
    }

    private static String plural(String kind, long n) {
        if (n == 1) {
            return kind;
        }
        return kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies" : kind + "s";
    }

    /** The lines of {@link #FILE}: {@code graph <iri> <n>} and {@code kind <kind> <n>}, sorted. */
    String text() {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(graphs).forEach((g, n) -> sb.append("graph ").append(g).append(' ').append(n).append('\n'));
        new TreeMap<>(kinds).forEach((k, n) -> sb.append("kind ").append(k).append(' ').append(n).append('\n'));
        return sb.toString();
    }

    /** The contents written in {@code file} by {@link #text()}. */
    static Contents read(Path file) throws IOException {
        Map<String, Long> graphs = new TreeMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int first = line.indexOf(' ');
            int last = line.lastIndexOf(' ');
            if (first < 0 || last <= first) {
                continue;
            }
            String name = line.substring(first + 1, last);
            long n;
            try {
                n = Long.parseLong(line.substring(last + 1));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": not a count: " + line, e);
            }
            (line.startsWith("graph ") ? graphs : kinds).put(name, n);
        }
        return new Contents(graphs, kinds);
    }
}
