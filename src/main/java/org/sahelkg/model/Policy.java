package org.sahelkg.model;

import java.util.List;
import java.util.Map;
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

    /** The fields of an event whose values a curator may infer ({@link InferenceRecord}). */
    public static final List<String> INFERABLE = List.of("types", "date", "places", "near", "concerns",
            "actors.agent", "actors.target", "actors.affected", "actors.participant", "actors.supporter",
            "actors.host", "actors.guest", "actors.mediator");

    /**
     * The roles whose actors the quoted sentences (or the sentence before each) must name, by a label, an alias or a
     * mention of the actor or of an organisation that is part of it; else the role is a curator's inference.
     */
    public static final List<String> NAMED_ROLES = List.of("actors.agent", "actors.target");

    /**
     * Event types whose act each source credited with the event must name, in the quoted sentences (or, where they
     * refer back, "retaliated", "did the same", with the sentence before each): the regular expression, matched
     * against the lower-cased sentences. Else the source is cited for more than it says, or the type is a curator's
     * inference: "strikes" alone does not say from the air, "distanced themselves" does not say they left.
     */
    public static final Map<String, String> TYPE_WORDS = Map.of(
            "event-type/airstrike", "\\b(?:air|aerial|airstrikes?|drones?|aircraft|planes?|jets?|bomb\\w*|a[ée]rien\\w*"
                    + "|avions?|bombard\\w*)\\b",
            "event-type/shoot-down", "\\b(?:shot|shoot\\w*|brought|bring\\w*) down\\b|\\b(?:downed|downing|intercept\\w*"
                    + "|destroy\\w*|neutrali[sz]\\w*|wreckage|crash\\w*|abatt?\\w*|d[ée]trui\\w*|[ée]pave)\\b",
            "event-type/withdraw-from-organization", "\\b(?:withdr[ae]w\\w*|leav\\w*|left|quit\\w*|exit\\w*"
                    + "|pull\\w* out|departure|suspend\\w*|retir\\w*|sortie|sorti\\w*)\\b",
            "event-type/recall-ambassador", "\\b(?:recall\\w*|withdr[ae]w\\w*|rappel\\w*|retir\\w*)\\b.{0,60}"
                    + "\\b(?:ambassadors?|envoys?|ambassadeurs?)\\b",
            "event-type/summon-ambassador", "\\b(?:summon\\w*|convoqu\\w*)\\b.{0,60}"
                    + "\\b(?:ambassadors?|envoys?|charg\\w* d|ambassadeurs?)",
            "event-type/close-airspace", "\\b(?:clos\\w*|shut\\w*|ban\\w*|did the same|ferm\\w*|interdi\\w*)\\b.{0,60}"
                    + "\\b(?:airspaces?|skies|sky|planes|aircraft|air traffic|espaces? a[ée]riens?|ciel|avions)\\b",
            "event-type/coup", "\\b(?:coups?|takeovers?|took power|seiz\\w* power|juntas?|junta-\\w+|putsch\\w*|juntes?"
                    + "|pris le pouvoir|prise de pouvoir)\\b");

    /**
     * Properties of relations whose tie each source cited must name, as {@link #TYPE_WORDS} for events: "deeper
     * ties" and "new alliances" do not say a security partnership, "military leaders" does not say allies.
     */
    public static final Map<String, String> PROPERTY_WORDS = Map.of(
            "skg:securityPartnerOf", "\\b(?:allies|ally|allied|security|mercenar\\w*|troops|partners?|forces|defen[cs]e"
                    + "|wagner|africa corps|alli[ée]s?|s[ée]curit\\w*|partenaires?|troupes|d[ée]fense)\\b",
            "skg:armsSupplierOf", "\\b(?:suppl\\w*|sold|sell\\w*|deliver\\w*|purchas\\w*|bought|buy\\w*|provid\\w*"
                    + "|arms|weapons?|fourni\\w*|vend\\w*|livr\\w*|achet\\w*|armes?)\\b",
            "skg:economicPartnerOf", "\\b(?:trad\\w*|econom\\w*|invest\\w*|business\\w*|commerc\\w*|ports?"
                    + "|[ée]conom\\w*)\\b",
            "skg:mediatorFor", "\\bm[ée]diat\\w*",
            "skg:hosts", "\\b(?:hosts?|hosted|hosting|shelter\\w*|harbou?r\\w*|refuge|welcom\\w*|accueil\\w*|abrit\\w*"
                    + "|h[ée]berg\\w*)\\b",
            "skg:hasRefugeIn", "\\b(?:refuges?|havens?|shelter\\w*|hid\\w*|hideouts?|repli\\w*|sanctuaires?)\\b",
            "skg:colonisedBy", "\\bcolon\\w*",
            "skg:inDisputeWith", "\\b(?:disputes?|tensions?|friction\\w*|rifts?|crisis|standoff|quarrel\\w*|feud\\w*"
                    + "|hostil\\w*|diff[ée]rends?|crise|brouille)\\b");

    /**
     * Words that date an event on the calendar: a year or a month. A dated event whose quoted sentences (each with
     * the one before) have none of them has a date the source gives relative to something ({@link #RELATIVE_DATE})
     * and needs a date resolution, or a date the curator supplied, which is an inference.
     */
    public static final String CALENDAR_DATE = "\\b(?:1[89][0-9]{2}|20[0-9]{2}|january|february|march|april|may|june"
            + "|july|august|september|october|november|december)\\b";

    /** Words that date an event relative to the source's date or to another event: a resolution must say how. */
    public static final String RELATIVE_DATE = "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|today|yesterday|tonight|hours?|days?|weeks?|months?|years?|since|ago|later|earlier|recently)\\b";
}
