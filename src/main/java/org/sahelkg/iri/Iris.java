package org.sahelkg.iri;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where IRIs of the graph are minted. Instance IRIs are {@code <BASE>id/<kind>/<slug>};
 * curated data names a resource by its id {@code <kind>/<slug>} and nothing else builds IRI strings.
 */
public final class Iris {
    /** The canonical base of every IRI the graph mints. */
    public static final String BASE = "https://w3id.org/sahel-kg/";
    /** Namespace of the ontology's terms. */
    public static final String ONTOLOGY = BASE + "ontology#";
    /** The ontology resource itself. */
    public static final String ONTOLOGY_DOCUMENT = BASE + "ontology";
    /** Prefix of every instance IRI. */
    public static final String ID = BASE + "id/";
    /** Prefix of every named graph's IRI. */
    public static final String GRAPHS = BASE + "graph/";

    /** Named graph holding {@code ontology/*.ttl}. */
    public static final String GRAPH_ONTOLOGY = BASE + "graph/ontology";
    /** Named graph holding what {@code data/} asserts. */
    public static final String GRAPH_DATA = BASE + "graph/data";
    /** Named graph holding the source records of {@code seeds/}. */
    public static final String GRAPH_SOURCES = BASE + "graph/sources";
    /** Named graph holding what the rules infer. */
    public static final String GRAPH_INFERRED = BASE + "graph/inferred";

    /** Kinds of resource an id may name; the first segment of every id. */
    public static final Set<String> KINDS = Set.of(
            "country", "place", "org", "person", "agent", "post", "role", "thing", "event", "event-type",
            "claim", "relation", "membership", "proposal", "source", "concept", "scheme",
            // minted by the reasoning rules, in the inferred graph only
            "rule", "derivation", "statement", "state", "step", "disagreement");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Iris() {
    }

    /** True when {@code id} is {@code <kind>/<slug>} with a known kind and a lower-case kebab slug. */
    public static boolean isId(String id) {
        if (id == null) {
            return false;
        }
        int slash = id.indexOf('/');
        return slash > 0 && KINDS.contains(id.substring(0, slash))
                && SLUG.matcher(id.substring(slash + 1)).matches();
    }

    /** The kind of an id ({@code country} for {@code country/mali}). */
    public static String kindOf(String id) {
        requireId(id);
        return id.substring(0, id.indexOf('/'));
    }

    /** The IRI of the resource an id names. */
    public static String of(String id) {
        requireId(id);
        return ID + id;
    }

    /** The id of an instance IRI, or null when the IRI is not one the graph minted. */
    public static String idOf(String iri) {
        if (iri == null || !iri.startsWith(ID)) {
            return null;
        }
        String id = iri.substring(ID.length());
        int hash = id.indexOf('#');
        if (hash >= 0) {
            id = id.substring(0, hash);
        }
        return isId(id) ? id : null;
    }

    /** A node that belongs to a resource, such as its time value: {@code <iri>#<name>}. */
    public static String part(String resourceIri, String name) {
        if (!SLUG.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a fragment name: " + name);
        }
        return resourceIri + "#" + name;
    }

    /** The IRI of a quote: a span of a source text, identified by the source and its offsets. */
    public static String quote(String sourceId, int start, int end) {
        requireId(sourceId);
        if (!kindOf(sourceId).equals("source") || start < 0 || end < start) {
            throw new IllegalArgumentException("Not a quote span: " + sourceId + " " + start + "-" + end);
        }
        return ID + "quote/" + sourceId.substring("source/".length()) + "/" + start + "-" + end;
    }

    /** The Wikidata entity IRI of an item id such as Q912. */
    public static String wikidata(String qid) {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("Not a Wikidata item id: " + qid);
        }
        return "http://www.wikidata.org/entity/" + qid;
    }

    private static void requireId(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("Not an id of the form <kind>/<slug>: " + id);
        }
    }
}
