package org.sahelkg.load.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Names;
import org.sahelkg.model.AliasRecord;
import org.sahelkg.model.EntityRecord;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SKG;

/**
 * How a resource is named and described: labels, aliases with the quotes that use them, search keys,
 * descriptions, notes and its Wikidata item. Shared by every kind that has names.
 */
final class NameParts {
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node NOTE = SKOS.note.asNode();

    private NameParts() {
    }

    /** What every entity has; {@code type} is its one direct class. */
    static void entity(Out out, Node r, Node type, EntityRecord e) {
        out.add(r, RDF.Nodes.type, type);
        labels(out, r, e.label());
        aliases(out, r, e.aliases());
        List<String> names = new ArrayList<>(e.label().values());
        if (e.aliases() != null) {
            e.aliases().forEach(a -> names.add(a.text()));
        }
        searchKeys(out, r, names);
        description(out, r, e.description());
        note(out, r, e.note());
        if (e.wikidata() != null) {
            out.add(r, OWL2.sameAs.asNode(), Nodes.iri(Iris.wikidata(e.wikidata())));
        }
        mentions(out, r, e.mentions());
    }

    /** Each label as rdfs:label (what generic tools show) and skos:prefLabel (one per language). */
    static void labels(Out out, Node r, Map<String, String> labels) {
        labels.forEach((tag, text) -> {
            out.add(r, RDFS.Nodes.label, Nodes.lang(text, tag));
            out.add(r, PREF_LABEL, Nodes.lang(text, tag));
        });
    }

    /** The folded form of each distinct name, for lookup (see {@link Names#fold}). */
    static void searchKeys(Out out, Node r, Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach(n -> keys.add(Names.fold(n)));
        keys.stream().filter(k -> !k.isEmpty()).forEach(k -> out.add(r, SKG.SEARCH_KEY, Nodes.string(k)));
    }

    static void description(Out out, Node r, Map<String, String> description) {
        if (description != null) {
            description.forEach((tag, text) -> out.add(r, SCHEMA.DESCRIPTION, Nodes.lang(text, tag)));
        }
    }

    static void note(Out out, Node r, String note) {
        out.addIf(r, NOTE, Nodes.english(note));
    }

    /**
     * Each alias as skos:altLabel; each quote that uses it denotes the resource and carries the alias's
     * ambiguity and note. A note on an alias no quote uses goes on the resource, prefixed by the alias.
     */
    private static void aliases(Out out, Node r, List<AliasRecord> aliases) {
        if (aliases == null) {
            return;
        }
        for (AliasRecord a : aliases) {
            out.add(r, ALT_LABEL, Nodes.lang(a.text(), a.lang()));
            List<Node> quotes = EvidenceParts.map(out, r, a.evidence());
            for (Node q : quotes) {
                out.add(q, SKG.DENOTES, r);
                if (Boolean.TRUE.equals(a.ambiguous())) {
                    out.add(q, SKG.AMBIGUOUS, Nodes.TRUE);
                }
                out.addIf(q, RDFS.Nodes.comment, Nodes.english(a.note()));
            }
            if (quotes.isEmpty() && a.note() != null) {
                out.add(r, NOTE, Nodes.english("«" + a.text() + "»: " + a.note()));
            }
        }
    }

    /** Quotes where a source names the resource, under a label, an alias or another wording. */
    private static void mentions(Out out, Node r, List<EvidenceRecord> mentions) {
        for (Node q : EvidenceParts.map(out, r, mentions)) {
            out.add(q, SKG.DENOTES, r);
        }
    }
}
