package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.server.graph.DateWords;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.vocab.PROV;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.SPDX;

/**
 * The sources ({@code /sources}): each text the graph quotes, with what is known of it (publisher only
 * when the text shows it, date or its bounds and how they were found), its genre and stance, how many
 * quotes and facts rest on it, and its SHA-256.
 */
public final class SourcesPage implements Handler {
    private final Site site;

    public SourcesPage(Site site) {
        this.site = site;
    }

    /** One source. */
    public record Source(Ref ref, String id, String language, List<Ref> publishers, String issued, String dateBasis,
                         String publisherBasis, List<Ref> genre, List<Ref> stance, List<Ref> cites, int quotes,
                         int facts, String fileName, String sha256, String characters, Coverage coverage) {
    }

    /**
     * How many sentences of a source's article the graph cites, as {@code load} recorded them (null when it was
     * built without the texts).
     */
    public record Coverage(long inScope, long cited, long uncited, long noFact, long outOfScope) {
        /** The cited share of the sentences that carry a fact, as "94.1". */
        public String percent() {
            long withFacts = cited + uncited;
            return String.format(java.util.Locale.ROOT, "%.1f", withFacts == 0 ? 100.0 : 100.0 * cited / withFacts);
        }

        Coverage plus(Coverage o) {
            return o == null ? this : new Coverage(inScope + o.inScope, cited + o.cited, uncited + o.uncited,
                    noFact + o.noFact, outOfScope + o.outOfScope);
        }

        /** The recorded coverage of {@code source}, or null. */
        static Coverage of(Kg kg, Node source) {
            Optional<String> inScope = kg.literal(source, SKG.IN_SCOPE_SENTENCE_COUNT, null);
            if (inScope.isEmpty()) {
                return null;
            }
            long all = count(kg, source, SKG.SENTENCE_COUNT);
            long in = Long.parseLong(inScope.get());
            long cited = count(kg, source, SKG.CITED_SENTENCE_COUNT);
            long uncited = count(kg, source, SKG.UNCITED_SENTENCE_COUNT);
            return new Coverage(in, cited, uncited, in - cited - uncited, all - in);
        }

        /** The coverage of all the sources that have one, summed; null when none has. */
        static Coverage total(Kg kg) {
            Coverage total = null;
            for (Node s : kg.subjects(RDF.Nodes.type, SKG.C_SOURCE)) {
                Coverage c = of(kg, s);
                total = total == null ? c : c == null ? total : total.plus(c);
            }
            return total;
        }

        private static long count(Kg kg, Node s, Node p) {
            return kg.literal(s, p, null).map(Long::parseLong).orElse(0L);
        }
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        Kg kg = site.kg();
        List<Source> sources = new ArrayList<>();
        for (Node s : kg.subjects(RDF.Nodes.type, SKG.C_SOURCE)) {
            String issued = kg.literal(s, DCTerms.issued.asNode(), null).map(d -> DateWords.describe(d, null))
                    .or(() -> kg.literal(s, SKG.ISSUED_NOT_BEFORE, null).map(d -> "on or after " + DateWords.describe(d, null)))
                    .or(() -> kg.literal(s, SKG.ISSUED_NOT_AFTER, null).map(d -> "on or before " + DateWords.describe(d, null)))
                    .orElse("undated");
            String sha = kg.object(s, SPDX.CHECKSUM).flatMap(c -> kg.literal(c, SPDX.CHECKSUM_VALUE, null)).orElse("");
            sources.add(new Source(Site.ref(kg, s), kg.literal(s, DCTerms.identifier.asNode(), null).orElse(""),
                    kg.literal(s, DCTerms.language.asNode(), null).orElse(""),
                    Site.refs(kg, kg.objects(s, DCTerms.publisher.asNode())), issued,
                    kg.literal(s, SKG.DATE_BASIS, null).orElse(""), kg.literal(s, SKG.PUBLISHER_BASIS, null).orElse(""),
                    Site.refs(kg, kg.objects(s, SKG.GENRE)), Site.refs(kg, kg.objects(s, SKG.STANCE)),
                    Site.refs(kg, kg.objects(s, SKG.CITES_OUTLET)), kg.subjects(org.apache.jena.vocabulary.OA.hasSource.asNode(), s).size(),
                    kg.subjects(PROV.WAS_DERIVED_FROM, s).size(), kg.literal(s, SKG.FILE_NAME, null).orElse(""), sha,
                    kg.literal(s, SKG.CHARACTER_COUNT, null).orElse(""), Coverage.of(kg, s)));
        }
        sources.sort(Comparator.comparing(Source::id));
        Map<String, Object> m = new HashMap<>();
        m.put("sources", sources);
        site.page(ex, HttpServletResponse.SC_OK, "sources", "Sources", "sources", m);
    }
}
