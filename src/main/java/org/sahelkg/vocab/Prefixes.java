package org.sahelkg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.sahelkg.iri.Iris;

/**
 * The prefixes the graph's documents and the code's own SPARQL are written with, one per namespace, so
 * that a namespace IRI is spelled once: in Jena's vocabulary class where it has one, else in ours.
 */
public final class Prefixes {
    /** Namespace of {@code vann:}, used by the ontology's header only; Jena 6.2.0 has no VANN class. */
    public static final String VANN = "http://purl.org/vocab/vann/";

    /** Every prefix, read-only. */
    public static final PrefixMapping ALL = PrefixMapping.Factory.create()
            .setNsPrefix("kg", Iris.ID)
            .setNsPrefix("skg", SKG.NS)
            .setNsPrefix("rdf", RDF.uri)
            .setNsPrefix("rdfs", RDFS.uri)
            .setNsPrefix("owl", OWL2.NS)
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("sem", SEM.NS)
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("org", ORG.NS)
            .setNsPrefix("time", TIME.NS)
            .setNsPrefix("geo", GEO.NS)
            .setNsPrefix("wgs", WGS84.NS)
            .setNsPrefix("schema", SCHEMA.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("spdx", SPDX.NS)
            .setNsPrefix("foaf", FOAF.NS)
            .setNsPrefix("vann", VANN)
            .setNsPrefix("void", VOID.NS)
            .setNsPrefix("dcat", DCAT.NS)
            .lock();

    private Prefixes() {
    }

    /** {@code PREFIX} declarations of every prefix, to put before a SPARQL query written with them. */
    public static String sparql() {
        StringBuilder out = new StringBuilder();
        ALL.getNsPrefixMap().forEach((prefix, ns) -> out.append("PREFIX ").append(prefix).append(": <").append(ns)
                .append(">\n"));
        return out.toString();
    }
}
