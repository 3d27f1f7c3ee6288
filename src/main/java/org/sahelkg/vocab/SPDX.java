package org.sahelkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** SPDX terms for checksums, as DCAT 3 recommends: ours, as Jena has no SPDX vocabulary class. */
public final class SPDX {
    /** The namespace IRI. */
    public static final String NS = "http://spdx.org/rdf/terms#";

    public static final Node C_CHECKSUM = NodeFactory.createURI(NS + "Checksum");
    public static final Node CHECKSUM = NodeFactory.createURI(NS + "checksum");
    public static final Node ALGORITHM = NodeFactory.createURI(NS + "algorithm");
    public static final Node CHECKSUM_VALUE = NodeFactory.createURI(NS + "checksumValue");
    public static final Node CHECKSUM_ALGORITHM_SHA256 = NodeFactory.createURI(NS + "checksumAlgorithm_sha256");

    private SPDX() {
    }
}
