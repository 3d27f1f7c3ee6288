package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
                         int facts, String fileName, String sha256, String characters) {
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
                    kg.literal(s, SKG.CHARACTER_COUNT, null).orElse("")));
        }
        sources.sort(Comparator.comparing(Source::id));
        Map<String, Object> m = new HashMap<>();
        m.put("sources", sources);
        site.page(ex, HttpServletResponse.SC_OK, "sources", "Sources", "sources", m);
    }
}
