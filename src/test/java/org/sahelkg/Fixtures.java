package org.sahelkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** The small test graph of {@code fixture/small.trig}: 3 named graphs, 7 triples, no default graph. */
public final class Fixtures {
    /** Triples in the union of the named graphs. */
    public static final int TRIPLES = 7;

    private Fixtures() {
    }

    /** The fixture in a transactional in-memory dataset, as GraphBuilder returns its graphs. */
    public static DatasetGraph memory() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> parse(dsg));
        return dsg;
    }

    /** The fixture in an in-memory TDB2 whose default graph is the union, as the store opens it. */
    public static DatasetGraph unionTdb() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> parse(dsg));
        return dsg;
    }

    private static void parse(DatasetGraph dsg) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixture/small.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
