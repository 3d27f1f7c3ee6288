package org.sahelkg.server.graph;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OA;
import org.sahelkg.vocab.GEO;
import org.sahelkg.vocab.SCHEMA;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.SPDX;

/**
 * Plain words for the small nodes that belong to a resource ({@code #time}, {@code #value},
 * {@code #qualifier-1}, {@code #geometry} …): "more than 2 km", "night of 31 March–1 April 2025",
 * "15 km SE of Tinzaouatène".
 */
public final class Values {
    private Values() {
    }

    /** A one-line summary of a node, when it is of a kind this knows. */
    public static Optional<String> summary(Kg kg, Node n) {
        if (n == null || !n.isURI()) {
            return Optional.empty();
        }
        Optional<String> edtf = kg.literal(n, SKG.EDTF, null);
        if (edtf.isPresent()) {
            return Optional.of(DateWords.describe(edtf.get(), timeOfDay(kg, n)));
        }
        if (kg.has(n, SCHEMA.VALUE, null)) {
            return Optional.of(quantity(kg, n));
        }
        Optional<String> wkt = kg.literal(n, GEO.AS_WKT, null);
        if (wkt.isPresent()) {
            return wkt;
        }
        Optional<String> checksum = kg.literal(n, SPDX.CHECKSUM_VALUE, null);
        if (checksum.isPresent()) {
            return Optional.of("SHA-256 " + checksum.get());
        }
        if (kg.has(n, SKG.REFERENCE_PLACE, null)) {
            StringBuilder sb = new StringBuilder();
            kg.object(n, SKG.DISTANCE).ifPresent(d -> sb.append(quantity(kg, d)).append(' '));
            kg.literal(n, SKG.BEARING, null).ifPresent(b -> sb.append(b).append(' '));
            sb.append(sb.length() == 0 ? "near " : "of ");
            kg.object(n, SKG.REFERENCE_PLACE).ifPresent(p -> sb.append(kg.label(p)));
            return Optional.of(sb.toString());
        }
        Optional<String> exact = kg.literal(n, OA.exact.asNode(), null);
        if (exact.isPresent()) {
            return Optional.of("“" + exact.get() + "”");
        }
        if (kg.has(n, OA.start.asNode(), null)) {
            return Optional.of("characters " + kg.literal(n, OA.start.asNode(), null).orElse("?") + "–"
                    + kg.literal(n, OA.end.asNode(), null).orElse("?"));
        }
        Optional<String> phrase = kg.literal(n, SKG.PHRASE, null);
        if (phrase.isPresent()) {
            return Optional.of("resolved from “" + phrase.get() + "”");
        }
        return Optional.empty();
    }

    /** The time of day of a time node, in words (night, evening …), or null. */
    public static String timeOfDay(Kg kg, Node time) {
        return kg.object(time, SKG.TIME_OF_DAY).filter(Node::isURI)
                .map(t -> t.getLocalName().toLowerCase(Locale.ROOT)).orElse(null);
    }

    /** A quantity node as "more than 2 km", "about 1,000 people". */
    public static String quantity(Kg kg, Node q) {
        String value = kg.literal(q, SCHEMA.VALUE, null).map(Values::number).orElse("?");
        String comparator = kg.object(q, SKG.COMPARATOR).map(Values::comparator).orElse("");
        String unit = kg.literal(q, SCHEMA.UNIT_TEXT, null).orElse("");
        return (comparator.isEmpty() ? "" : comparator + " ") + value + unit(unit, value);
    }

    static String comparator(Node c) {
        if (!c.isURI()) {
            return "";
        }
        return switch (c.getLocalName()) {
            case "About" -> "about";
            case "MoreThan" -> "more than";
            case "LessThan" -> "less than";
            case "Nearly" -> "nearly";
            case "AtLeast" -> "at least";
            case "AtMost" -> "at most";
            default -> "";
        };
    }

    private static String unit(String unit, String value) {
        boolean one = value.equals("1");
        return switch (unit) {
            case "" -> "";
            case "person" -> one ? " person" : " people";
            case "item" -> one ? " item" : " items";
            case "year" -> one ? " year" : " years";
            default -> " " + unit;
        };
    }

    /** A decimal as people write it: 2, 9.5, 1,400. */
    public static String number(String lexical) {
        try {
            BigDecimal d = new BigDecimal(lexical.strip()).stripTrailingZeros();
            DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
            return f.format(d);
        } catch (NumberFormatException e) {
            return lexical;
        }
    }
}
