package org.sahelkg.model;

import java.util.List;
import java.util.Set;

/**
 * The curation policies that {@code load}, {@code validate}, the JSON Schemas and the tests all read, each
 * stated once here so that no check or test re-states a limit of its own.
 */
public final class Policy {
    /** The longest evidence quote, in code points: evidence is the few words that support a fact, not a passage. */
    public static final int MAX_QUOTE = 120;
    /** The largest share of a source text that all its quotes together may cover: the texts are not republished. */
    public static final double MAX_COVERAGE = 0.5;
    /** The languages every named entity is labelled in: the two working languages of the sources. */
    public static final List<String> ENTITY_LANGUAGES = List.of("en", "fr");
    /** The language every other label (agents, events, claims, proposals, sources) must at least have. */
    public static final List<String> LABEL_LANGUAGES = List.of("en");
    /**
     * The longest id ({@code <kind>/<slug>}), in characters: the longest curated one has 58; a longer id is a
     * mistake or an attack, refused before anything else reads it.
     */
    public static final int MAX_ID = 200;
    /** A source text's file name: three digits, an underscore, 16 lower-case hex digits, {@code .txt}. */
    public static final String SOURCE_FILE = "[0-9]{3}_[0-9a-f]{16}\\.txt";
    /** A SHA-256 digest as {@code sha256sum} prints it. */
    public static final String SHA256 = "[0-9a-f]{64}";
    /**
     * What a span of a source text that is not part of the article may be: page furniture, each kind named as
     * the issue of the coverage instrument lists them, plus a pull quote (a sentence the page repeats).
     */
    public static final List<String> OUT_OF_SCOPE_KINDS = List.of("navigation", "related-content", "photo-credit",
            "share-buttons", "comments", "pull-quote", "copyright-line");
    /** The longest {@code begins} of an out-of-scope span or a sentence without a fact: its first few words. */
    public static final int MAX_BEGINS = 60;
    /** A Wikidata item id. */
    public static final String WIKIDATA = "Q[1-9][0-9]*";

    private Policy() {
    }

    /** The share as a whole percentage, for messages ({@code 50%}). */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** The event types of a statement of intent: an event of another type is an act (see {@link #INTENT}). */
    public static final Set<String> INTENT_TYPES = Set.of("event-type/announce-intention");

    /**
     * Words that announce an intention, a plan or a threat, not an act: an act's quote must not follow or begin
     * with them.
     */
    public static final String INTENT = "\\b(?:plans?|planned|plan|intention|intends?|intended|threat(?:en|ens|ened)?"
            + "|vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed))\\s+to\\b";

    /** How many characters before a quote, and from its start, {@link #INTENT} is looked for. */
    public static final int INTENT_WINDOW = 30;
}
