package org.sahelkg.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sahelkg.sparql.SafeSparql;

/**
 * The SPARQL Query operation of the public endpoint, with a cap on the size of every answer: at most
 * {@code maxRows} rows (SELECT, JSON) or triples (CONSTRUCT, DESCRIBE). When an answer would be larger,
 * the first {@code maxRows} are sent and the response carries {@value #TRUNCATED}{@code : <maxRows>};
 * an answer without that header is complete.
 *
 * <p>A SELECT whose LIMIT is absent or larger than the cap is run with {@code LIMIT maxRows + 1} (so that
 * {@code ORDER BY} becomes a top-N sort); the rows, triples or items are then read, up to one more than
 * the cap, <em>before</em> the response is started. So the whole evaluation happens under the query
 * timeout and is stopped by it (a timed-out query answers 503 with no partial body), and writing the
 * response only ever serialises at most {@code maxRows} results already in memory.
 */
final class CappedQuery extends SPARQL_QueryDataset {
    /** The response header that says an answer was cut to the cap; its value is the cap. */
    static final String TRUNCATED = "X-SPARQL-Truncated";

    /**
     * The most graph patterns a query may have ({@link SafeSparql#patterns}): far more than any question needs,
     * far fewer than the nesting that overflows ARQ's stack (some 4,000 OPTIONALs).
     */
    static final int MAX_PATTERNS = 1_000;

    private final int maxRows;

    CappedQuery(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("The row cap must be at least 1: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    /**
     * Refuses, 400 and one line, a query whose nesting would overflow ARQ's stack while it compiles the query.
     * The message is ASCII: Fuseki sets the Content-Length of an error to its length in characters.
     */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        int patterns = SafeSparql.patterns(query);
        if (patterns > MAX_PATTERNS) {
            ServletOps.errorBadRequest("expected a query of at most " + MAX_PATTERNS + " graph patterns (groups, "
                    + "UNION branches, OPTIONAL, MINUS, subqueries), found " + patterns);
        }
    }

    /**
     * The last resort for a nesting that {@link #validateQuery} does not count (a deep expression, brackets
     * nested thousands deep, which ARQ's parser reads by recursion): a one-line 400 instead of Jetty's 500 and
     * a 100 KB stack trace in the log.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (StackOverflowError e) {
            action.log.warn("[{}] the query nests too deeply to be compiled", action.id);
            ServletOps.errorBadRequest("the query nests too deeply to be answered");
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query run = query;
        if ((query.isSelectType() || query.isJsonType())
                && (!query.hasLimit() || query.getLimit() > maxRows)) {
            run = query.cloneQuery();
            run.setLimit(maxRows + 1L);
        }
        return super.createQueryExec(action, run, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            boolean truncated = take(rows, kept);
            signal(action, truncated);
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (query.isConstructType()) {
            Set<Quad> kept = new LinkedHashSet<>();
            boolean truncated = takeDistinct(exec.constructQuads(), kept);
            DatasetGraph dataset = DatasetGraphFactory.create();
            kept.forEach(dataset::add);
            dataset.prefixes().putAll(query.getPrefixMapping().getNsPrefixMap());
            signal(action, truncated);
            return new QueryExecResult(dataset);
        }
        if (query.isDescribeType()) {
            Set<Triple> kept = new LinkedHashSet<>();
            boolean truncated = takeDistinct(exec.describeTriples(), kept);
            Graph graph = GraphFactory.createDefaultGraph();
            kept.forEach(graph::add);
            graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            signal(action, truncated);
            return new QueryExecResult(graph);
        }
        if (query.isJsonType()) {
            List<JsonObject> kept = new ArrayList<>();
            boolean truncated = take(exec.execJsonItems(), kept);
            signal(action, truncated);
            return new QueryExecResult(kept.iterator());
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    /** Reads up to the cap into {@code kept}; true when there was more. */
    private <T> boolean take(Iterator<T> items, List<T> kept) {
        while (items.hasNext()) {
            if (kept.size() == maxRows) {
                return true;
            }
            kept.add(items.next());
        }
        return false;
    }

    /** Reads distinct items up to the cap into {@code kept}; true when there were more distinct ones. */
    private <T> boolean takeDistinct(Iterator<T> items, Set<T> kept) {
        while (items.hasNext()) {
            T item = items.next();
            if (!kept.contains(item)) {
                if (kept.size() == maxRows) {
                    return true;
                }
                kept.add(item);
            }
        }
        return false;
    }

    private void signal(HttpAction action, boolean truncated) {
        if (truncated) {
            action.setResponseHeader(TRUNCATED, Integer.toString(maxRows));
        }
    }
}
