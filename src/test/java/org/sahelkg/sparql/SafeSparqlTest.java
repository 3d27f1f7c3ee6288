package org.sahelkg.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 4, 9 and 12: under {@link SafeSparql#guard} a catastrophic regular expression is stopped by
 * the query's timeout (ARQ's own REGEX ran 38 s for 29 characters, doubling with each), a {@code <java:…>}
 * property function loads no class, and {@code SERVICE} is found wherever a query hides it; ordinary REGEX and
 * REPLACE answer as ARQ's do.
 */
class SafeSparqlTest {
    static final Duration TIMEOUT = Duration.ofMillis(500);
    /** Backtracks 2^40 times on Java's engine: years, unless stopped. */
    static final String TEXT = "\"" + "a".repeat(40) + "!\"";
    static final String PATTERN = "\"^(a|a)+\\\\1$\"";

    final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();

    List<Binding> select(String query, Duration timeout) {
        Context context = SafeSparql.context();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).context(context)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            List<Binding> out = new ArrayList<>();
            rows.forEachRemaining(out::add);
            return out;
        }
    }

    String value(String expression) {
        List<Binding> rows = select("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?v { BIND("
                + expression + " AS ?v) }", Duration.ofSeconds(10));
        return String.valueOf(rows.get(0).get("v"));
    }

    @Test
    void aCatastrophicPatternIsStoppedByTheTimeoutWhereverItIs() {
        List<String> queries = List.of(
                "SELECT ?m { BIND(REGEX(" + TEXT + ", " + PATTERN + ") AS ?m) }",
                "SELECT * { FILTER(REGEX(" + TEXT + ", " + PATTERN + ")) }",
                "SELECT * { VALUES ?t { " + TEXT + " } FILTER(REGEX(?t, " + PATTERN + ", \"i\")) }",
                "SELECT * { FILTER EXISTS { VALUES ?t { " + TEXT + " } FILTER(REGEX(?t, " + PATTERN + ")) } }",
                "SELECT ?r { VALUES ?t { " + TEXT + " } BIND(REPLACE(?t, " + PATTERN + ", \"x\") AS ?r) }",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT * { VALUES ?t { " + TEXT
                        + " } FILTER(fn:matches(?t, " + PATTERN + ")) }",
                "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?r { VALUES ?t { " + TEXT
                        + " } BIND(fn:replace(?t, " + PATTERN + ", \"x\") AS ?r) }",
                "SELECT * { VALUES ?t { " + TEXT + " } FILTER(<http://www.w3.org/ns/sparql#regex>(?t, " + PATTERN
                        + ")) }",
                "PREFIX apf: <http://jena.apache.org/ARQ/property#> SELECT ?x { ?x apf:strSplit (" + TEXT + " "
                        + PATTERN + ") }");
        for (String query : queries) {
            // On a daemon thread, waited for at most the timeout plus one second: unguarded, the match runs on.
            FutureTask<List<Binding>> run = new FutureTask<>(() -> select(query, TIMEOUT));
            Thread thread = new Thread(run, "catastrophic-regex");
            thread.setDaemon(true);
            thread.start();
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> run.get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS), query);
            assertInstanceOf(QueryCancelledException.class, e.getCause(), query);
        }
    }

    @Test
    void regexAndReplaceAnswerAsArqDoes() {
        assertEquals("true", literal(value("REGEX(\"Hello\", \"^h\", \"i\")")));
        assertEquals("false", literal(value("REGEX(\"Hello\", \"^h\")")));
        assertEquals("\"aXcX\"@en", value("REPLACE(\"abcb\"@en, \"b\", \"X\")"));
        assertEquals("\"a-b\"", value("REPLACE(\"a b\", \"(a) (b)\", \"$1-$2\")"));
        assertEquals("\"aXcX\"", value("fn:replace(\"abcb\", \"B\", \"X\", \"i\")"));
        assertEquals("true", literal(value("fn:matches(\"abc\", \"b\")")));
        assertEquals("\"yabc\"", value("REPLACE(\"abc\", \"x*\", \"y\")"));
        assertEquals("\"abc\"", value("REPLACE(\"abc\", \"x\", \"y\")"));
        // A pattern that does not compile is an error (unbound), as in ARQ.
        assertEquals(List.of(), select("SELECT ?v { VALUES ?p { \"(\" } BIND(REGEX(\"abc\", ?p) AS ?v) FILTER(BOUND(?v)) }",
                Duration.ofSeconds(10)));
    }

    private static String literal(String node) {
        return node.replaceAll("^\"?([^\"^]*)\"?(\\^\\^.*)?$", "$1");
    }

    @Test
    void aJavaPropertyFunctionIsAnOrdinaryPredicateAndLoadsNoClass() {
        String marker = LoadedByName.class.getName();
        for (String cls : List.of("org.apache.jena.sparql.pfunction.library.strSplit", marker)) {
            List<Binding> rows = select("SELECT ?x { ?x <java:" + cls + "> (\"a,b,c\" \",\") }", Duration.ofSeconds(10));
            assertTrue(rows.isEmpty(), cls + " answered " + rows);
        }
        assertNull(System.getProperty(LoadedByName.LOADED), "the class was loaded by name");
        // Control: the registered property function still works.
        assertEquals(3, select("PREFIX apf: <http://jena.apache.org/ARQ/property#> "
                + "SELECT ?x { ?x apf:strSplit (\"a,b,c\" \",\") }", Duration.ofSeconds(10)).size());
        assertEquals(1, select("PREFIX apf: <http://jena.apache.org/ARQ/property#> "
                + "SELECT * { \"b\" apf:strSplit (\"a, b ,c\" \",\") }", Duration.ofSeconds(10)).size());
    }

    @Test
    void serviceIsFoundWhereverAQueryHidesIt() {
        String remote = "<http://127.0.0.1:9/sparql>";
        for (String q : List.of("SELECT * { SERVICE " + remote + " { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT " + remote + " { ?s ?p ?o } }",
                "SELECT * { ?a ?b ?c FILTER EXISTS { SERVICE " + remote + " { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE ?svc { ?s ?p ?o } } } }",
                "SELECT * { ?a ?b ?c OPTIONAL { ?c ?d ?e MINUS { SERVICE " + remote + " { ?s ?p ?o } } } }")) {
            Query query = QueryFactory.create(q);
            assertTrue(SafeSparql.callsOut(query), q);
        }
        assertFalse(SafeSparql.callsOut(QueryFactory.create("SELECT * { ?s <urn:x:service> ?o FILTER(?o = \"SERVICE\") }")));
    }
}
