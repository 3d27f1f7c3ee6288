package org.sahelkg.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.sahelkg.vocab.SKG;

/**
 * The closed lists of the JSON contract (kinds, units, comparators …) and the term each value becomes.
 * One table per list, read both by the checks (what is allowed) and by the mappers (what it means).
 */
public final class Codes {
    public static final Map<String, Node> PLACE_KINDS = ordered(
            "settlement", SKG.C_SETTLEMENT, "region", SKG.C_REGION, "border", SKG.C_BORDER);
    public static final Map<String, Node> ORGANISATION_KINDS = ordered(
            "government-body", SKG.C_GOVERNMENT_BODY, "armed-forces", SKG.C_ARMED_FORCES,
            "armed-group", SKG.C_ARMED_GROUP, "intergovernmental", SKG.C_INTERGOVERNMENTAL_ORGANIZATION,
            "company", SKG.C_COMPANY, "news-media", SKG.C_NEWS_ORGANIZATION,
            "research", SKG.C_RESEARCH_ORGANIZATION, "collective", SKG.C_COLLECTIVE);
    /** Both kinds of agent are recorded unknowns; the kind only says which, for curators. */
    public static final Map<String, Node> AGENT_KINDS = ordered(
            "unnamed-author", SKG.C_UNNAMED_AGENT, "unattributed", SKG.C_UNNAMED_AGENT);
    public static final Map<String, Node> THING_KINDS = ordered(
            "artifact", SKG.C_ARTIFACT, "product-model", SKG.C_PRODUCT_MODEL, "agreement", SKG.C_AGREEMENT);
    public static final Map<String, Node> TIMES_OF_DAY = ordered(
            "night", SKG.I_NIGHT, "evening", SKG.I_EVENING, "morning", SKG.I_MORNING, "afternoon", SKG.I_AFTERNOON);
    public static final Map<String, Node> VERIFICATIONS = ordered("unverified", SKG.I_UNVERIFIED);
    public static final Map<String, Node> COMPARATORS = ordered(
            "exactly", SKG.I_EXACTLY, "about", SKG.I_ABOUT, "more-than", SKG.I_MORE_THAN,
            "less-than", SKG.I_LESS_THAN, "nearly", SKG.I_NEARLY, "at-least", SKG.I_AT_LEAST,
            "at-most", SKG.I_AT_MOST);
    /** Unit to its UN/CEFACT common code, as schema:unitCode wants it. */
    public static final Map<String, String> UNIT_CODES = ordered(
            "km", "KMT", "person", "IE", "item", "C62", "year", "ANN");
    public static final List<String> BEARINGS = List.of("N", "NE", "E", "SE", "S", "SW", "W", "NW");

    private Codes() {
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
