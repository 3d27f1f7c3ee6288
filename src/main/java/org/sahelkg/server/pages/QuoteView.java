package org.sahelkg.server.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.vocab.SKG;

/**
 * An evidence quote as a page shows it: the exact words, in the source's language, with the source, who
 * spoke, whether in their own words (skg:wording), through which outlet, where in the text, and (on a source's
 * page) what it supports.
 */
public record QuoteView(String text, String lang, Ref source, String sourceId, Ref speaker, String wording, Ref via,
                        String href, String iri, String position, int start, List<Ref> supports) {

    /** The quote node {@code q}; with {@code supports}, the resources that cite it (but {@code except}). */
    public static QuoteView of(Kg kg, Node q, boolean supports, Node except) {
        String text = "";
        String position = "";
        int start = Integer.MAX_VALUE;
        for (Node selector : kg.objects(q, OA.hasSelector.asNode())) {
            var exact = kg.literal(selector, OA.exact.asNode(), null);
            if (exact.isPresent()) {
                text = exact.get();
            }
            var from = kg.literal(selector, OA.start.asNode(), null);
            var to = kg.literal(selector, OA.end.asNode(), null);
            if (from.isPresent() && to.isPresent()) {
                position = "characters " + from.get() + "–" + to.get();
                try {
                    start = Integer.parseInt(from.get());
                } catch (NumberFormatException e) {
                    // keep the default order
                }
            }
        }
        Node sourceNode = kg.object(q, OA.hasSource.asNode()).orElse(null);
        Ref source = sourceNode == null ? new Ref("an unknown source", null, null, false, false) : Site.ref(kg, sourceNode);
        String lang = sourceNode == null ? "" : kg.literal(sourceNode, DCTerms.language.asNode(), null)
                .filter(l -> l.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")).orElse("");
        String sourceId = sourceNode == null ? "?" : kg.literal(sourceNode, DCTerms.identifier.asNode(), null)
                .orElse(Kg.fallbackName(sourceNode.getURI()));
        Ref speaker = kg.object(q, SKG.SPEAKER).map(n -> Site.ref(kg, n)).orElse(null);
        String wording = speaker == null ? null : kg.object(q, SKG.WORDING)
                .flatMap(w -> kg.literal(w, org.apache.jena.vocabulary.RDFS.Nodes.label, "en")).orElse(null);
        Ref via = kg.object(q, SKG.REPORTED_VIA).map(n -> Site.ref(kg, n)).orElse(null);
        List<Ref> uses = new ArrayList<>();
        if (supports) {
            for (Node s : kg.subjects(SKG.EVIDENCE, q)) {
                if (!s.equals(except)) {
                    uses.add(Site.ref(kg, s));
                }
            }
            uses.sort(Comparator.comparing(Ref::label, String.CASE_INSENSITIVE_ORDER));
        }
        return new QuoteView(text, lang, source, sourceId, speaker, wording, via, Site.href(q.getURI()), q.getURI(),
                position, start, uses);
    }

    /** The quotes taken from a source, in text order, each with what it supports. */
    public static List<QuoteView> from(Kg kg, Node source) {
        return kg.subjects(OA.hasSource.asNode(), source).stream().filter(q -> q.isURI() && kg.isA(q, SKG.C_EVIDENCE_QUOTE))
                .map(q -> of(kg, q, true, null)).sorted(Comparator.comparingInt(QuoteView::start)).toList();
    }

    /** The quotes cited by {@code r} with skg:evidence, in source and text order. */
    public static List<QuoteView> cited(Kg kg, Node r, boolean supports) {
        return kg.objects(r, SKG.EVIDENCE).stream().filter(Node::isURI).map(q -> of(kg, q, supports, r))
                .sorted(Comparator.comparing(QuoteView::sourceId).thenComparingInt(QuoteView::start)).toList();
    }
}
