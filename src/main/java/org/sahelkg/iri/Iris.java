package org.sahelkg.iri;

import java.util.Set;

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
    public static final String GRAPH = BASE + "graph/";

    /** Named graph holding {@code ontology/*.ttl}. */
    public static final String GRAPH_ONTOLOGY = graph("ontology");
    /** Named graph holding what {@code data/} asserts. */
    public static final String GRAPH_DATA = graph("data");
    /** Named graph holding the source records of {@code seeds/}. */
    public static final String GRAPH_SOURCES = graph("sources");
    /** Named graph holding what the rules infer. */
    public static final String GRAPH_INFERRED = graph("inferred");
    /** The transient graph holding the full source texts during validation; never stored. */
    public static final String GRAPH_TEXTS = graph("texts");

    /** Namespace of Wikidata's entities, which {@code owl:sameAs} links point into. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    /** Kinds of resource an id may name; the first segment of every id. */
    public static final Set<String> KINDS = Set.of(
            "country", "place", "org", "person", "agent", "post", "role", "thing", "event", "event-type",
            "claim", "relation", "membership", "proposal", "source", "concept", "scheme",
            // minted by the reasoning rules, in the inferred graph only
            "rule", "derivation", "statement", "state", "step", "disagreement");

    private Iris() {
    }

    /** True when {@code id} is {@code <kind>/<slug>} with a known kind and a lower-case kebab slug. */
    public static boolean isId(String id) {
        if (id == null) {
            return false;
        }
        int slash = id.indexOf('/');
        return slash > 0 && KINDS.contains(id.substring(0, slash))
                && isSlug(id.substring(slash + 1));
    }

    /**
     * True when {@code s} is lower-case kebab: words of {@code a-z0-9} joined by single hyphens. Checked by a
     * loop, not by the pattern {@code [a-z0-9]+(?:-[a-z0-9]+)*}, whose group repetition Java's regex engine
     * evaluates by recursion, one stack frame per word: an id of some 2,500 words overflowed the stack.
     */
    public static boolean isSlug(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
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

    /** The namespace of one kind of id ({@code …/id/rule/} for {@code rule}), which rules use as a prefix. */
    public static String namespaceOf(String kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a kind of id: " + kind);
        }
        return ID + kind + "/";
    }

    /** What a user typed for a resource: an id such as {@code country/niger} is expanded, anything else is an IRI. */
    public static String resolve(String idOrIri) {
        return isId(idOrIri) ? of(idOrIri) : idOrIri;
    }

    /** The IRI of the named graph {@code name} ({@code data}, {@code inferred} …). */
    public static String graph(String name) {
        if (!isSlug(name)) {
            throw new IllegalArgumentException("Not a graph name: " + name);
        }
        return GRAPH + name;
    }

    /** The graph's IRI that a root-relative path of the site names: {@code /id/country/mali} is {@code <BASE>id/country/mali}. */
    public static String ofPath(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not a root-relative path: " + path);
        }
        return BASE + path.substring(1);
    }

    /** The root-relative path of one of the graph's IRIs ({@code /id/country/mali}); null for another site's IRI. */
    public static String pathOf(String iri) {
        return iri != null && iri.startsWith(BASE) ? "/" + iri.substring(BASE.length()) : null;
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

    /** The resource a node belongs to: {@code <iri>} for the part {@code <iri>#time}, and for {@code <iri>} itself. */
    public static String ownerOf(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }

    /** The name of a part node ({@code time} for {@code <iri>#time}); null for an IRI without a fragment. */
    public static String fragmentOf(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? null : iri.substring(hash + 1);
    }

    /** True when {@code iri} is a part node of {@code resourceIri}, such as {@code <resourceIri>#time}. */
    public static boolean isPartOf(String iri, String resourceIri) {
        return iri.length() > resourceIri.length() && iri.startsWith(resourceIri)
                && iri.charAt(resourceIri.length()) == '#';
    }

    /** A node that belongs to a resource, such as its time value: {@code <iri>#<name>}. */
    public static String part(String resourceIri, String name) {
        if (!isSlug(name)) {
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
        return WIKIDATA_ENTITY + qid;
    }

    /** The item id (Q912) of a Wikidata entity IRI; null for any other IRI. */
    public static String wikidataId(String iri) {
        return iri != null && iri.startsWith(WIKIDATA_ENTITY) ? iri.substring(WIKIDATA_ENTITY.length()) : null;
    }

    /** The human-readable Wikidata page of an item id. */
    public static String wikidataPage(String qid) {
        return "https://www.wikidata.org/wiki/" + qid;
    }

    /** IANA's IRI of a media type ({@code text/turtle}), as DCAT's {@code mediaType} takes. */
    public static String mediaType(String type) {
        if (type == null || !type.matches("[a-z]+/[a-z0-9.+-]+")) {
            throw new IllegalArgumentException("Not a media type: " + type);
        }
        return "https://www.iana.org/assignments/media-types/" + type;
    }

    private static void requireId(String id) {
        if (!isId(id)) {
            throw new IllegalArgumentException("Not an id of the form <kind>/<slug>: " + id);
        }
    }
}
