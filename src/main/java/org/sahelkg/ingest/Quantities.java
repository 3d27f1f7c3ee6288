package org.sahelkg.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures with their unit and comparator, in English and French: "more than 2km", "about 10 km", "1,300
 * kilometres", "1 500 km de frontières", "9,5 km", "at least 21 civilians". The value keeps its written
 * precision; units and comparators are those of the JSON contract ({@code km}, {@code person}, {@code item};
 * {@code more-than}, {@code about} …), so a figure can go into a claim's {@code quantity} as it is.
 */
final class Quantities {
    /** A figure: code-point offsets, its words, value, unit and comparator (null for exactly). */
    record Quantity(int at, int end, String text, BigDecimal value, String unit, String comparator) {
    }

    private static final Map<String, String> COMPARATORS = Map.ofEntries(
            Map.entry("more than", "more-than"), Map.entry("over", "more-than"), Map.entry("plus de", "more-than"),
            Map.entry("upwards of", "more-than"), Map.entry("at least", "at-least"), Map.entry("au moins", "at-least"),
            Map.entry("about", "about"), Map.entry("around", "about"), Map.entry("approximately", "about"),
            Map.entry("roughly", "about"), Map.entry("some", "about"), Map.entry("environ", "about"),
            Map.entry("quelque", "about"), Map.entry("quelques", "about"), Map.entry("nearly", "nearly"),
            Map.entry("almost", "nearly"), Map.entry("près de", "nearly"), Map.entry("pres de", "nearly"),
            Map.entry("presque", "nearly"), Map.entry("up to", "at-most"), Map.entry("jusqu'à", "at-most"),
            Map.entry("jusqu’à", "at-most"), Map.entry("at most", "at-most"), Map.entry("less than", "less-than"),
            Map.entry("fewer than", "less-than"), Map.entry("under", "less-than"), Map.entry("moins de", "less-than"));
    private static final String COMPARATOR = "more than|over|plus de|upwards of|at least|au moins|about|around"
            + "|approximately|roughly|some|environ|quelques?|nearly|almost|pr[eè]s de|presque|up to|jusqu['’]à"
            + "|at most|less than|fewer than|under|moins de";
    private static final String PERSON = "people|persons?|civilians?|soldiers?|fighters?|troops|militants?|rebels?"
            + "|dead|killed|wounded|injured|personnes|civils|soldats|combattants|militaires|morts|tués|blessés"
            + "|victims?|victimes";
    private static final String ITEM = "drones?|aircraft|vehicles?|ambassadors?|véhicules|ambassadeurs|avions?";
    private static final Pattern FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,])(?:(?<cmp>" + COMPARATOR
            + ")\\s+)?(?<num>\\d{1,3}(?:[,\\u00a0\\u202f ]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)\\s?(?<unit>km"
            + "|kilom[eè]tres?|kilometers?|(?<person>" + PERSON + ")|(?<item>" + ITEM + "))(?![\\p{L}])");

    private Quantities() {
    }

    /** The figures in {@code text} ({@code lang} "fr" reads "9,5" as nine and a half, "en" "1,300" as 1300). */
    static List<Quantity> find(String text, String lang) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String num = m.group("num");
            BigDecimal value = value(num, lang);
            if (value == null) {
                continue;
            }
            String unit = m.group("person") != null ? "person" : m.group("item") != null ? "item" : "km";
            String cmp = m.group("cmp") == null ? null : COMPARATORS.get(m.group("cmp").toLowerCase(Locale.ROOT));
            int at = text.codePointCount(0, m.start());
            int end = text.codePointCount(0, m.end());
            out.add(new Quantity(at, end, m.group(), value, unit, cmp));
        }
        return out;
    }

    private static BigDecimal value(String num, String lang) {
        String n = num.replace('\u00a0', ' ').replace('\u202f', ' ');
        if (n.matches("\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?")) {
            if (lang.equals("fr") && n.contains(",") && !n.contains(" ")) {
                // "1,300" in French is one point three.
                return new BigDecimal(n.replace(',', '.'));
            }
            return new BigDecimal(n.replace(",", "").replace(" ", ""));
        }
        if (n.contains(",")) {
            return lang.equals("fr") ? new BigDecimal(n.replace(',', '.')) : null;
        }
        return new BigDecimal(n);
    }
}
