package org.sahelkg.load.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sahelkg.vocab.GEO;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SEM;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.TIME;
import org.sahelkg.vocab.WGS84;

/**
 * The prefixes a curated property may be written with ({@code skg:territory}), and their expansion. A
 * closed list, so a property can only come from a vocabulary the ontology declares terms of.
 */
public final class Curies {
    /** Prefix to namespace, in the order messages list them. */
    public static final Map<String, String> PREFIXES;

    private static final Pattern CURIE = Pattern.compile("([a-z]+):([A-Za-z_][A-Za-z0-9_-]*)");

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("skg", SKG.NS);
        m.put("sem", SEM.NS);
        m.put("org", ORG.NS);
        m.put("schema", SCHEMA.NS);
        m.put("geo", GEO.NS);
        m.put("wgs", WGS84.NS);
        m.put("dcterms", DCTerms.NS);
        m.put("skos", SKOS.uri);
        m.put("owl", OWL2.NS);
        m.put("rdfs", RDFS.uri);
        m.put("prov", PROV.NS);
        m.put("foaf", FOAF.NS);
        m.put("time", TIME.NS);
        PREFIXES = Collections.unmodifiableMap(m);
    }

    private Curies() {
    }

    /** True when {@code curie} has the shape prefix:name (whatever the prefix). */
    public static boolean isCurie(String curie) {
        return curie != null && CURIE.matcher(curie).matches();
    }

    /** The prefix of a CURIE of the right shape. */
    public static String prefix(String curie) {
        return curie.substring(0, curie.indexOf(':'));
    }

    /** The full IRI of a CURIE, or null when its shape or prefix is not allowed. */
    public static String expand(String curie) {
        if (curie == null) {
            return null;
        }
        Matcher m = CURIE.matcher(curie);
        if (!m.matches() || !PREFIXES.containsKey(m.group(1))) {
            return null;
        }
        return PREFIXES.get(m.group(1)) + m.group(2);
    }
}
