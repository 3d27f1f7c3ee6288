package org.sahelkg.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sahelkg.server.graph.DocFormat;

/**
 * Content negotiation on {@code Accept} (RFC 9110 §12.5.1): the offered format with the highest quality
 * the client gives it, ties going to the earlier offer, so that a browser's
 * {@code text/html,application/xhtml+xml,…,*}{@code /*;q=0.8} and a bare {@code *}{@code /*} both get HTML.
 * A missing or empty header accepts anything. {@code application/json} is read as a request for JSON-LD,
 * which is JSON.
 */
public final class Conneg {
    private Conneg() {
    }

    /** One media range of an Accept header, with its quality. */
    record Range(String type, String subtype, double q) {
        /** How specifically this range matches {@code mediaType}: 3 exact, 2 type/*, 1 *}{@code /*, 0 no match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*") && subtype.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            if (subtype.equals("*")) {
                return 2;
            }
            return subtype.equals(s) ? 3 : 0;
        }
    }

    /** The format to send, or empty when the client accepts none of {@code offers} (answer 406). */
    public static Optional<DocFormat> choose(String accept, List<DocFormat> offers) {
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(0));
        }
        DocFormat best = null;
        double bestQ = 0;
        for (DocFormat offer : offers) {
            double q = quality(ranges, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The quality of {@code offer}: that of the most specific range matching it (or an alias of it). */
    static double quality(List<Range> ranges, DocFormat offer) {
        int specificity = 0;
        double q = 0;
        for (String type : mediaTypes(offer)) {
            for (Range r : ranges) {
                int s = r.specificity(type);
                if (s > specificity || (s == specificity && s > 0 && r.q() > q)) {
                    specificity = s;
                    q = r.q();
                }
            }
        }
        return q;
    }

    private static List<String> mediaTypes(DocFormat offer) {
        return offer == DocFormat.JSONLD ? List.of(offer.mediaType(), "application/json") : List.of(offer.mediaType());
    }

    /** The media ranges of an Accept header; malformed entries are ignored. */
    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null || accept.isBlank()) {
            return ranges;
        }
        for (String part : accept.split(",")) {
            String[] params = part.split(";");
            String range = params[0].strip().toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash <= 0 || slash == range.length() - 1) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < params.length; i++) {
                String p = params[i].strip();
                if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(p.substring(2).strip())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(range.substring(0, slash), range.substring(slash + 1), q));
        }
        return ranges;
    }
}
