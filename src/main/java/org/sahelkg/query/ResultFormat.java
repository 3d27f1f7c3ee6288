package org.sahelkg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Prologue;

/**
 * How {@code sahel-kg query} prints results. SELECT: a text table, CSV or SPARQL JSON results; ASK:
 * {@code true}/{@code false} (SPARQL JSON for {@link #JSON}); CONSTRUCT and DESCRIBE: Turtle, or
 * JSON-LD for {@link #JSON}. The one place answers are written, whether they come from the store or
 * from a running server ({@code --endpoint}), so that both print the same.
 */
public enum ResultFormat {
    TABLE, CSV, JSON;

    /** Writes the rows of a SELECT; the table abbreviates IRIs with the query's prefixes. */
    public void write(ResultSet rows, Prologue prologue, OutputStream out) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, rows, prologue);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
        }
        flush(out);
    }

    /** Writes the answer of an ASK. */
    public void write(boolean answer, OutputStream out) {
        if (this == JSON) {
            ResultSetFormatter.outputAsJSON(out, answer);
        } else {
            PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
            print.println(answer);
            print.flush();
        }
        flush(out);
    }

    /** Writes the graph of a CONSTRUCT or DESCRIBE. */
    public void write(Graph graph, OutputStream out) {
        RDFDataMgr.write(out, graph, this == JSON ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY);
        flush(out);
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
