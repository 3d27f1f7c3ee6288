package org.sahelkg.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of an English or French news text and resolves them, against the article's date
 * when they need it, to the EDTF subset of {@link org.sahelkg.model.Edtf}. Regular expressions and
 * {@code java.time} only.
 *
 * <p>Conventions: a leading preposition ("on", "in", "since", "le", "en", "depuis", "dans") is not part of an
 * expression; the words that make a span ("from … to", "between … and", "du … au", "entre … et", "the night
 * of", "la nuit du") and the articles of a phrase ("the 1990s", "la semaine dernière") are. A day and month
 * without a year take the article's year, or the year before when that would put them more than 31 days after
 * the article's date. A weekday is the most recent such day on or before the article's date. "Early", "late"
 * and "mid" (début, fin, mi-) keep the whole month or year, never invented day bounds; the resolution note
 * says which part the text meant.
 */
public final class TimeTagger {

    /**
     * A time expression: code-point offsets [start, end) in the text, its words, the EDTF value, its precision
     * ("day", "month", "year", "decade", "interval"), whether it is relative to the article's date (weekday,
     * "last week", "earlier this year", a day and month without a year …) or to an event ("two days later",
     * edtf null), and, when relative (or narrowed by "early", "late", "mid"), a note saying how it was resolved
     * (e.g. "Sunday before the article's date, Monday 7 April 2025").
     */
    public record TimeExpression(int start, int end, String text, String edtf, String precision, boolean relative,
                                 String resolution) { }

    private record Value(String edtf, String precision, boolean relative, String resolution) { }

    @FunctionalInterface
    private interface Resolver {
        /** The value of a match, or null when the match is not a time expression after all. */
        Value resolve(Ctx c);
    }

    private record Rule(Pattern pattern, Set<String> groups, Resolver resolver) { }

    private record Candidate(int start, int end, int rule, Value value) { }

    /** A year, month and day of which only the year is sure to be known. */
    private record Point(int y, Integer m, Integer d) {
        LocalDate earliest() {
            return d != null ? LocalDate.of(y, m, d) : LocalDate.of(y, m != null ? m : 1, 1);
        }

        LocalDate latest() {
            if (d != null) {
                return LocalDate.of(y, m, d);
            }
            return m != null ? YearMonth.of(y, m).atEndOfMonth() : LocalDate.of(y, 12, 31);
        }

        boolean valid() {
            if (y < 1000 || y > 9999) {
                return false;
            }
            try {
                earliest();
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }

        String edtf() {
            if (d != null) {
                return earliest().toString();
            }
            return m != null ? YearMonth.of(y, m).toString() : String.format(Locale.ROOT, "%04d", y);
        }
    }

    /** The match being resolved. */
    private static final class Ctx {
        final Matcher m;
        final Set<String> groups;
        final String text;
        final LocalDate art;

        Ctx(Matcher m, Set<String> groups, String text, LocalDate art) {
            this.m = m;
            this.groups = groups;
            this.text = text;
            this.art = art;
        }

        String g(String name) {
            return groups.contains(name) ? m.group(name) : null;
        }

        String first(String... names) {
            for (String n : names) {
                String v = g(n);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    private enum SpanKind { NIGHT, FROM, BETWEEN, DASH, TO }

    private enum Rel { NONE, LAST, NEXT, PREV_YEAR, THIS_YEAR, NEXT_YEAR }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;

    private static final String DASH = "[-‐‑‒–—]";
    private static final String MONTH_EN_FULL =
            "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b";
    private static final String MONTH_EN = "(?:" + MONTH_EN_FULL
            + "|\\b(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b\\.?)";
    private static final String MONTH_FR =
            "\\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b";
    private static final String WD_EN = "\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b";
    private static final String WD_FR = "\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b";
    private static final String DAY_EN = "(?<![0-9.,])\\b(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b";
    private static final String DAY_FR = "(?<![0-9.,])\\b(?:1er|1ᵉʳ|[12][0-9]|3[01]|0?[1-9])\\b";
    /** 19xx or 20xx, not part of a larger number, a decade ("1990s") or a measure ("2000 km", "2000 $"). */
    private static final String YEAR = "(?<![0-9.,/$€£])(?<![$€£]\\s)\\b(?:19|20)[0-9]{2}"
            + "(?![0-9]|[.,/][0-9]|['’]?s\\b)"
            + "(?![\\s-]*(?:%|\\$|€|£|(?:km|kms|kilom\\p{L}*|miles?|mi|m|m²|km²|mètres?|metres?|meters?|kg|t"
            + "|tonnes?|tons?|ha|hectares?|per\\s*cent|percent|pour\\s*cent|dollars?|euros?|francs?|f?cfa"
            + "|usd|eur|dinars?|da)\\b))";
    private static final String NUM_EN = "(?:a\\s+few|a\\s+couple\\s+of|several|a|an|one|two|three|four|five|six"
            + "|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|[0-9]{1,3})";
    private static final String NUM_FR = "(?:quelques|plusieurs|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf"
            + "|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|[0-9]{1,3})";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11),
            Map.entry("decembre", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY));
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("two", 2), Map.entry("deux", 2), Map.entry("a couple of", 2), Map.entry("three", 3),
            Map.entry("trois", 3), Map.entry("four", 4), Map.entry("quatre", 4), Map.entry("five", 5),
            Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("sept", 7),
            Map.entry("eight", 8), Map.entry("huit", 8), Map.entry("nine", 9), Map.entry("neuf", 9),
            Map.entry("ten", 10), Map.entry("dix", 10), Map.entry("eleven", 11), Map.entry("onze", 11),
            Map.entry("twelve", 12), Map.entry("douze", 12), Map.entry("fifteen", 15), Map.entry("quinze", 15),
            Map.entry("twenty", 20), Map.entry("vingt", 20), Map.entry("thirty", 30), Map.entry("trente", 30),
            Map.entry("forty", 40), Map.entry("quarante", 40), Map.entry("fifty", 50),
            Map.entry("cinquante", 50));
    /** Nouns after which a number is a count, not a year ("2000 soldiers"), unless a preposition says time. */
    private static final Set<String> COUNT_NOUNS = Set.of("people", "persons", "personnes", "soldiers", "soldats",
            "troops", "militaires", "hommes", "men", "women", "femmes", "fighters", "combattants", "jihadists",
            "djihadistes", "jihadistes", "civilians", "civils", "refugees", "réfugiés", "refugies", "migrants",
            "dead", "morts", "killed", "tués", "victims", "victimes", "vehicles", "véhicules", "villages",
            "habitants", "inhabitants", "residents", "children", "enfants", "families", "familles", "deaths",
            "cases", "cas", "attacks", "attaques", "households", "ménages");
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "from", "of",
            "before", "after", "during", "to", "en", "depuis", "dès", "jusqu", "avant", "après", "pendant",
            "durant", "de", "d", "à", "fin", "début", "mi", "early", "late", "mid");
    private static final Pattern QUANTIFIER = Pattern.compile(
            "(?:\\b(?:more|less|fewer)\\s+than|\\bat\\s+least|\\bnearly|\\balmost|\\bsome|\\babout|\\bapproximately"
            + "|\\broughly|\\bplus\\s+de|\\bmoins\\s+de|\\bprès\\s+de|\\bau\\s+moins|\\benviron|\\bquelque)\\s*$",
            FLAGS);
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{L}+)", FLAGS);
    private static final Pattern PREVIOUS_WORD = Pattern.compile("(\\p{L}+)['’ʼ]?\\s*$", FLAGS);

    private static final List<Rule> ENGLISH = english();
    private static final List<Rule> FRENCH = french();

    private TimeTagger() {
    }

    /**
     * All expressions in text, in order, not overlapping (the longest wins). articleDate may be null: then
     * relative expressions that need it are still returned with edtf null and a resolution saying why.
     *
     * @param lang "en" or "fr" (a region such as "fr-FR" is ignored)
     */
    public static List<TimeExpression> tag(String text, LocalDate articleDate, String lang) {
        Objects.requireNonNull(text, "text");
        List<Rule> rules = rulesFor(lang);
        List<Candidate> found = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            Matcher m = rule.pattern().matcher(text);
            int from = 0;
            while (from <= text.length() && m.find(from)) {
                Value v = rule.resolver().resolve(new Ctx(m, rule.groups(), text, articleDate));
                int start = rule.groups().contains("e") ? m.start("e") : m.start();
                int end = rule.groups().contains("e") ? m.end("e") : m.end();
                if (v != null && end > start) {
                    found.add(new Candidate(start, end, r, v));
                }
                from = m.start() + 1;
            }
        }
        found.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end())
                .thenComparingInt(Candidate::start).thenComparingInt(Candidate::rule));
        TreeMap<Integer, Candidate> chosen = new TreeMap<>();
        for (Candidate c : found) {
            Map.Entry<Integer, Candidate> before = chosen.floorEntry(c.start());
            Map.Entry<Integer, Candidate> after = chosen.ceilingEntry(c.start());
            if ((before == null || before.getValue().end() <= c.start())
                    && (after == null || after.getKey() >= c.end())) {
                chosen.put(c.start(), c);
            }
        }
        List<TimeExpression> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen.values()) {
            Value v = c.value();
            out.add(new TimeExpression(text.codePointCount(0, c.start()), text.codePointCount(0, c.end()),
                    text.substring(c.start(), c.end()), v.edtf(), v.precision(), v.relative(), v.resolution()));
        }
        return List.copyOf(out);
    }

    private static List<Rule> rulesFor(String lang) {
        String l = lang == null ? "" : lang.toLowerCase(Locale.ROOT);
        if (l.equals("en") || l.startsWith("en-") || l.startsWith("en_")) {
            return ENGLISH;
        }
        if (l.equals("fr") || l.startsWith("fr-") || l.startsWith("fr_")) {
            return FRENCH;
        }
        throw new IllegalArgumentException("lang must be \"en\" or \"fr\", not " + lang);
    }

    // ---------------------------------------------------------------------------------------------- rules

    private static List<Rule> english() {
        List<Rule> r = new ArrayList<>();
        String e1 = endpointEn("1");
        String e2 = endpointEn("2");
        String to = "\\s*(?:\\b(?:to|until|till|through)\\b|" + DASH + ")\\s*";
        // Spans.
        r.add(rule("\\bthe\\s+night\\s+of\\s+" + e1 + "(?:\\s*(?:\\b(?:to|into|and)\\b|" + DASH + ")\\s*" + e2
                + ")?", c -> span(c, SpanKind.NIGHT)));
        r.add(rule("\\bthe\\s+night\\s+of\\s+(?<w1>" + WD_EN + ")(?:\\s+(?:to|into)\\s+(?<w2>" + WD_EN + "))?",
                TimeTagger::weekdayNight));
        r.add(rule("(?<w1>" + WD_EN + ")\\s+night\\b", TimeTagger::weekdayNight));
        r.add(rule("\\bfrom\\s+" + e1 + to + e2, c -> span(c, SpanKind.FROM)));
        r.add(rule("\\bbetween\\s+" + e1 + "\\s+and\\s+" + e2, c -> span(c, SpanKind.BETWEEN)));
        r.add(rule(e1 + "\\s*" + DASH + "\\s*" + e2, c -> span(c, SpanKind.DASH)));
        r.add(rule(e1 + "\\s+(?:to|until|through)\\s+" + e2, c -> span(c, SpanKind.TO)));
        // Dates, months, years, decades.
        r.add(rule("(?:(?<wd>" + WD_EN + "),?\\s+)?(?:(?:the\\s+)?(?<da>" + DAY_EN + ")(?:\\s+of)?\\s+(?<ma>"
                + MONTH_EN + ")(?:,?\\s+(?<ya>" + YEAR + "))?|(?<mb>" + MONTH_EN + ")\\s+(?:the\\s+)?(?<db>"
                + DAY_EN + ")(?:,?\\s+(?<yb>" + YEAR + "))?)", TimeTagger::date));
        r.add(rule(iso(), TimeTagger::numericDate));
        r.add(rule("(?<m>" + MONTH_EN + "),?\\s+(?:of\\s+)?(?<y>" + YEAR + ")", TimeTagger::monthYear));
        r.add(rule("\\b(?:the\\s+)?(?<q>early|late|mid|end\\s+of|beginning\\s+of|start\\s+of|middle\\s+of)"
                + "(?:\\s*" + DASH + "\\s*|\\s+)(?:(?<m>" + MONTH_EN_FULL + ")(?:,?\\s+(?<y>" + YEAR + ")"
                + "|\\s+(?:of\\s+)?(?<rel>last\\s+year|this\\s+year|next\\s+year)\\b)?|(?<y2>" + YEAR + "))"
                + "(?!\\s*[0-9])", TimeTagger::qualified));
        r.add(rule("\\b(?:in|since|during)\\s+(?:the\\s+month\\s+of\\s+)?(?<e>(?<m>" + MONTH_EN_FULL + "))"
                + "(?!,?\\s+[0-9])", c -> monthRelative(c, Rel.NONE)));
        r.add(rule("(?<m>" + MONTH_EN_FULL + ")\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b",
                c -> monthRelative(c, rel(c.g("rel") + " year"))));
        r.add(rule("\\b(?<rel>last|next)\\s+(?<m>" + MONTH_EN_FULL + ")", c -> monthRelative(c, rel(c.g("rel")))));
        r.add(rule("\\b(?:the\\s+)?(?<c>(?:19|20)[0-9])0['’]?s\\b", TimeTagger::decade));
        r.add(rule("\\b(?:around|circa|c\\.|ca\\.)\\s*(?<y>" + YEAR + ")", c -> year(c, true)));
        r.add(rule("(?<y>" + YEAR + ")", c -> year(c, false)));
        // Relative to the article's date.
        r.add(rule("\\bthe\\s+day\\s+before\\s+yesterday\\b", c -> dayOffset(c, -2)));
        r.add(rule("\\bthe\\s+day\\s+after\\s+tomorrow\\b", c -> dayOffset(c, 2)));
        r.add(rule("\\byesterday\\b", c -> dayOffset(c, -1)));
        r.add(rule("\\btoday\\b|\\btonight\\b|\\bthis\\s+(?:morning|afternoon|evening)\\b", c -> dayOffset(c, 0)));
        r.add(rule("\\btomorrow\\b", c -> dayOffset(c, 1)));
        r.add(rule("\\blast\\s+night\\b|\\bthe\\s+previous\\s+night\\b", TimeTagger::previousNight));
        r.add(rule("\\blast\\s+week\\b", c -> week(c, -1)));
        r.add(rule("\\bthis\\s+week\\b", c -> week(c, 0)));
        r.add(rule("\\bnext\\s+week\\b", c -> week(c, 1)));
        r.add(rule("\\bearlier\\s+this\\s+week\\b", TimeTagger::weekSoFar));
        r.add(rule("\\blast\\s+weekend\\b", TimeTagger::lastWeekend));
        r.add(rule("\\blast\\s+month\\b", c -> month(c, -1)));
        r.add(rule("\\bthis\\s+month\\b", c -> month(c, 0)));
        r.add(rule("\\bnext\\s+month\\b", c -> month(c, 1)));
        r.add(rule("\\bearlier\\s+this\\s+month\\b", TimeTagger::monthSoFar));
        r.add(rule("\\blast\\s+year\\b", c -> yearOffset(c, -1)));
        r.add(rule("\\bthis\\s+year\\b", c -> yearOffset(c, 0)));
        r.add(rule("\\bnext\\s+year\\b", c -> yearOffset(c, 1)));
        r.add(rule("\\b(?:earlier|early)\\s+this\\s+year\\b|\\bearlier\\s+in\\s+the\\s+year\\b"
                + "|\\bthe\\s+(?:beginning|start)\\s+of\\s+(?:this|the)\\s+year\\b(?!\\s+[0-9])",
                TimeTagger::yearSoFar));
        r.add(rule("\\b(?:(?<rel>last|next|this\\s+past)\\s+)?(?<w>" + WD_EN + ")", TimeTagger::weekday));
        r.add(rule("\\b(?<n>" + NUM_EN + ")\\s+(?<u>days?|weeks?|months?|years?)\\s+ago\\b", TimeTagger::ago));
        // Relative to an event.
        r.add(rule("\\b(?<n>" + NUM_EN + ")\\s+(?<u>days?|weeks?|months?|years?)\\s+(?:later|afterwards|after"
                + "|earlier|beforehand|before|previously)\\b", TimeTagger::event));
        r.add(rule("\\bthe\\s+(?:next|following|previous|same)\\s+(?<u>day|morning|evening|week|month|year)\\b"
                + "|\\bthe\\s+day\\s+(?:after|before)\\b|\\bthat\\s+(?:same\\s+)?(?:day|morning|evening)\\b",
                TimeTagger::event));
        return List.copyOf(r);
    }

    private static List<Rule> french() {
        List<Rule> r = new ArrayList<>();
        String e1 = endpointFr("1");
        String e2 = endpointFr("2");
        // Spans.
        r.add(rule("\\b(?:la\\s+)?nuit\\s+du\\s+" + e1 + "(?:\\s+au\\s+" + e2 + ")?",
                c -> span(c, SpanKind.NIGHT)));
        r.add(rule("\\b(?:la\\s+)?nuit\\s+(?:de|du)\\s+(?<w1>" + WD_FR + ")\\s+(?:à|au)\\s+(?<w2>" + WD_FR + ")",
                TimeTagger::weekdayNight));
        r.add(rule("\\bdu\\s+" + e1 + "\\s+au\\s+" + e2, c -> span(c, SpanKind.FROM)));
        r.add(rule("\\bentre\\s+(?:le\\s+)?" + e1 + "\\s+et\\s+(?:le\\s+)?" + e2, c -> span(c, SpanKind.BETWEEN)));
        r.add(rule("\\b(?:de\\s+|d')" + e1 + "\\s+(?:à|au)\\s+" + e2, c -> span(c, SpanKind.FROM)));
        r.add(rule(e1 + "\\s*" + DASH + "\\s*" + e2, c -> span(c, SpanKind.DASH)));
        // Dates, months, years, decades.
        r.add(rule("(?:(?<wd>" + WD_FR + ")\\s+)?(?<da>" + DAY_FR + ")\\s+(?<ma>" + MONTH_FR + ")(?:\\s+(?<ya>"
                + YEAR + "))?(?:\\s+(?<rel>dernier|prochain)\\b)?", TimeTagger::date));
        r.add(rule(iso(), TimeTagger::numericDate));
        r.add(rule("(?<![0-9./])\\b(?<d>[0-3]?[0-9])[/.](?<mo>[01]?[0-9])[/.](?<y>(?:19|20)[0-9]{2})\\b"
                + "(?![./]?[0-9])", TimeTagger::numericDate));
        r.add(rule("(?<m>" + MONTH_FR + ")\\s+(?<y>" + YEAR + ")", TimeTagger::monthYear));
        r.add(rule("\\b(?<q>début|fin|courant|mi(?=\\s*" + DASH + "))(?:\\s*" + DASH + "\\s*|\\s+d'|\\s+de\\s+"
                + "|\\s+)(?:(?<m>" + MONTH_FR + ")(?:\\s+(?<y>" + YEAR + ")|\\s+(?<rel>dernier|prochain)\\b)?"
                + "|(?<y2>" + YEAR + "))(?!\\s*[0-9])", TimeTagger::qualified));
        r.add(rule("\\b(?:en|depuis)\\s+(?:le\\s+mois\\s+d'|le\\s+mois\\s+de\\s+)?(?<e>(?<m>" + MONTH_FR + "))"
                + "(?!\\s+[0-9])", c -> monthRelative(c, Rel.NONE)));
        r.add(rule("(?<m>" + MONTH_FR + ")\\s+(?<rel>dernier|prochain)\\b", c -> monthRelative(c, rel(c.g("rel")))));
        r.add(rule("(?<m>" + MONTH_FR + ")\\s+de\\s+l'(?:année|an)\\s+(?<rel>dernière|dernier|passée|passé"
                + "|prochaine|prochain)\\b", c -> monthRelative(c, c.g("rel").toLowerCase(Locale.ROOT)
                        .startsWith("proch") ? Rel.NEXT_YEAR : Rel.PREV_YEAR)));
        r.add(rule("(?<m>" + MONTH_FR + ")\\s+de\\s+cette\\s+année\\b", c -> monthRelative(c, Rel.THIS_YEAR)));
        r.add(rule("\\b(?:les\\s+)?années\\s+(?:(?<c>(?:19|20)[0-9])0|(?<c2>[3-9])0)(?![0-9])",
                TimeTagger::decade));
        r.add(rule("\\b(?:vers|autour\\s+de|aux\\s+alentours\\s+de)\\s+(?<y>" + YEAR + ")", c -> year(c, true)));
        r.add(rule("(?<y>" + YEAR + ")", c -> year(c, false)));
        // Relative to the article's date.
        r.add(rule("\\bavant" + DASH + "hier\\b", c -> dayOffset(c, -2)));
        r.add(rule("\\baprès" + DASH + "demain\\b", c -> dayOffset(c, 2)));
        r.add(rule("\\bhier\\b", c -> dayOffset(c, -1)));
        r.add(rule("\\baujourd'hui\\b|\\bce\\s+(?:matin|soir)\\b|\\bcet\\s+après" + DASH + "midi\\b",
                c -> dayOffset(c, 0)));
        r.add(rule("\\bdemain\\b", c -> dayOffset(c, 1)));
        r.add(rule("\\bcette\\s+nuit\\b|\\bla\\s+nuit\\s+(?:dernière|passée|précédente)\\b"
                + "|\\bla\\s+nuit\\s+d'hier\\b", TimeTagger::previousNight));
        r.add(rule("\\bla\\s+semaine\\s+(?:dernière|passée)\\b", c -> week(c, -1)));
        r.add(rule("\\bcette\\s+semaine\\b", c -> week(c, 0)));
        r.add(rule("\\bla\\s+semaine\\s+prochaine\\b", c -> week(c, 1)));
        r.add(rule("\\bplus\\s+tôt\\s+cette\\s+semaine\\b|\\bdébut\\s+de\\s+semaine\\b", TimeTagger::weekSoFar));
        r.add(rule("\\ble\\s+week(?:" + DASH + "|\\s)?end\\s+(?:dernier|passé)\\b", TimeTagger::lastWeekend));
        r.add(rule("\\ble\\s+mois\\s+(?:dernier|passé)\\b", c -> month(c, -1)));
        r.add(rule("\\bce\\s+mois(?:" + DASH + "ci)?\\b", c -> month(c, 0)));
        r.add(rule("\\ble\\s+mois\\s+prochain\\b", c -> month(c, 1)));
        r.add(rule("\\bplus\\s+tôt\\s+ce\\s+mois(?:" + DASH + "ci)?\\b|\\bdébut\\s+de\\s+mois\\b",
                TimeTagger::monthSoFar));
        r.add(rule("\\bl'(?:année|an)\\s+(?:dernière|dernier|passée|passé)\\b", c -> yearOffset(c, -1)));
        r.add(rule("\\bcette\\s+année\\b", c -> yearOffset(c, 0)));
        r.add(rule("\\bl'(?:année|an)\\s+(?:prochaine|prochain)\\b", c -> yearOffset(c, 1)));
        r.add(rule("\\bplus\\s+tôt\\s+(?:cette\\s+année|dans\\s+l'année)\\b"
                + "|\\bdébut\\s+(?:d'année|de\\s+l'année|de\\s+cette\\s+année)\\b(?!\\s+[0-9])",
                TimeTagger::yearSoFar));
        r.add(rule("(?<w>" + WD_FR + ")(?:\\s+(?<rel>dernier|prochain)\\b)?", TimeTagger::weekday));
        r.add(rule("\\bil\\s+y\\s+a\\s+(?<n>" + NUM_FR + ")\\s+(?<u>jours?|semaines?|mois|ans|années?)\\b",
                TimeTagger::ago));
        // Relative to an event.
        r.add(rule("\\b(?<n>" + NUM_FR + ")\\s+(?<u>jours?|semaines?|mois|ans|années?)\\s+(?:plus\\s+tard"
                + "|plus\\s+tôt|après|auparavant|avant)\\b", TimeTagger::event));
        r.add(rule("\\b(?:la\\s+veille|le\\s+lendemain|le\\s+surlendemain|le\\s+jour\\s+même|le\\s+même\\s+jour"
                + "|ce\\s+jour" + DASH + "là|le\\s+jour\\s+(?:suivant|précédent)|la\\s+nuit\\s+suivante)\\b",
                TimeTagger::event));
        r.add(rule("\\b(?:la\\s+(?<u>semaine)\\s+(?:suivante|précédente)|le\\s+(?<u2>mois)\\s+(?:suivant|précédent)"
                + "|l'(?<u3>année|an)\\s+(?:suivante?|précédente?))\\b", TimeTagger::event));
        return List.copyOf(r);
    }

    /** An end of a span: day month [year], month day [year] (English), month [year], year, or a bare day. */
    private static String endpointEn(String n) {
        String wd = "(?:" + WD_EN + ",?\\s+)?";
        String the = "(?:the\\s+)?";
        return "(?:" + wd + the + "(?<d" + n + "a>" + DAY_EN + ")(?:\\s+of)?\\s+(?<m" + n + "a>" + MONTH_EN
                + ")(?:,?\\s+(?<y" + n + "a>" + YEAR + "))?"
                + "|" + wd + "(?<m" + n + "b>" + MONTH_EN + ")\\s+" + the + "(?<d" + n + "b>" + DAY_EN
                + ")(?:,?\\s+(?<y" + n + "b>" + YEAR + "))?"
                + "|(?<m" + n + "c>" + MONTH_EN + ")(?:,?\\s+(?:of\\s+)?(?<y" + n + "c>" + YEAR + "))?"
                + "|(?<y" + n + "d>" + YEAR + ")"
                + "|" + wd + the + "(?<d" + n + "e>" + DAY_EN + ")(?:,?\\s+(?<y" + n + "e>" + YEAR + "))?)";
    }

    private static String endpointFr(String n) {
        String wd = "(?:" + WD_FR + "\\s+)?";
        return "(?:" + wd + "(?<d" + n + "a>" + DAY_FR + ")\\s+(?<m" + n + "a>" + MONTH_FR + ")(?:\\s+(?<y" + n
                + "a>" + YEAR + "))?"
                + "|(?<m" + n + "c>" + MONTH_FR + ")(?:\\s+(?<y" + n + "c>" + YEAR + "))?"
                + "|(?<y" + n + "d>" + YEAR + ")"
                + "|" + wd + "(?<d" + n + "e>" + DAY_FR + "))";
    }

    private static String iso() {
        return "(?<![0-9.,/-])\\b(?<y>(?:19|20)[0-9]{2})-(?<mo>[01][0-9])-(?<d>[0-3][0-9])\\b(?!-?[0-9])";
    }

    private static Rule rule(String regex, Resolver resolver) {
        Pattern p = Pattern.compile(accents(regex), FLAGS);
        return new Rule(p, p.namedGroups().keySet(), resolver);
    }

    /** Lets an accented letter of a French word also be written without its accent, and ' be ’. */
    private static String accents(String regex) {
        StringBuilder b = new StringBuilder(regex.length() + 32);
        for (char ch : regex.toCharArray()) {
            switch (ch) {
                case 'é' -> b.append("[ée]");
                case 'è' -> b.append("[èe]");
                case 'ê' -> b.append("[êe]");
                case 'à' -> b.append("[àa]");
                case 'â' -> b.append("[âa]");
                case 'ô' -> b.append("[ôo]");
                case 'û' -> b.append("[ûu]");
                case 'ù' -> b.append("[ùu]");
                case 'î' -> b.append("[îi]");
                case 'ç' -> b.append("[çc]");
                case '\'' -> b.append("['’ʼ]");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------------------------ resolvers

    private static Value span(Ctx c, SpanKind kind) {
        Point[] ends = new Point[2];
        Integer[] d = new Integer[2];
        Integer[] mo = new Integer[2];
        Integer[] y = new Integer[2];
        boolean[] present = new boolean[2];
        for (int i = 0; i < 2; i++) {
            String n = Integer.toString(i + 1);
            String dt = c.first("d" + n + "a", "d" + n + "b", "d" + n + "e");
            String mt = c.first("m" + n + "a", "m" + n + "b", "m" + n + "c");
            String yt = c.first("y" + n + "a", "y" + n + "b", "y" + n + "c", "y" + n + "d", "y" + n + "e");
            present[i] = dt != null || mt != null || yt != null;
            if (mt != null) {
                if (modalMay(mt, yt != null)) {
                    return null;
                }
                mo[i] = month(mt);
            }
            d[i] = dt == null ? null : day(dt);
            y[i] = yt == null ? null : Integer.valueOf(yt);
        }
        if (!present[0]) {
            return null;
        }
        if (!present[1]) {
            return kind == SpanKind.NIGHT && d[0] != null && mo[0] != null ? singleNight(c, d[0], mo[0], y[0])
                    : null;
        }
        if (kind == SpanKind.TO && (d[0] == null || mo[0] == null || d[1] == null || mo[1] == null)) {
            return null;
        }
        if (mo[0] == null && d[0] != null) {
            if (mo[1] == null) {
                return null;
            }
            mo[0] = mo[1];
        }
        if (mo[1] == null && d[1] != null) {
            if (mo[0] == null) {
                return null;
            }
            mo[1] = mo[0];
        }
        if ((mo[0] == null && y[1] == null) || (mo[1] == null && y[0] == null)) {
            return null; // "from 2013 to November", "from January to 2025"
        }
        String note = null;
        boolean relative = false;
        if (y[0] == null && y[1] != null) {
            y[0] = compare(mo[0], d[0], mo[1], d[1]) <= 0 ? y[1] : y[1] - 1;
        } else if (y[1] == null && y[0] != null) {
            y[1] = compare(mo[1], d[1], mo[0], d[0]) >= 0 ? y[0] : y[0] + 1;
        } else if (y[0] == null) {
            relative = true;
            if (c.art == null) {
                return new Value(null, "interval", true, noYearNoArticle());
            }
            if (d[0] != null) {
                MonthDay md = monthDay(mo[0], d[0]);
                if (md == null) {
                    return null;
                }
                y[0] = yearOfDay(md, c.art);
                note = yearNote(md.atYear(c.art.getYear()), y[0], c.art);
            } else {
                y[0] = mo[0] <= c.art.getMonthValue() ? c.art.getYear() : c.art.getYear() - 1;
                note = "no year given: the most recent " + monthName(mo[0]) + " not after " + article(c.art);
            }
            y[1] = compare(mo[1], d[1], mo[0], d[0]) >= 0 ? y[0] : y[0] + 1;
        }
        for (int i = 0; i < 2; i++) {
            ends[i] = new Point(y[i], mo[i], d[i]);
            if (!ends[i].valid()) {
                return null;
            }
        }
        if (ends[0].earliest().isAfter(ends[1].latest()) || ends[0].edtf().equals(ends[1].edtf())) {
            return null;
        }
        return new Value(ends[0].edtf() + "/" + ends[1].edtf(), "interval", relative, note);
    }

    private static Value singleNight(Ctx c, int d, int mo, Integer y) {
        MonthDay md = monthDay(mo, d);
        if (md == null) {
            return null;
        }
        String note = null;
        int year;
        if (y != null) {
            year = y;
        } else {
            if (c.art == null) {
                return new Value(null, "interval", true, noYearNoArticle());
            }
            year = yearOfDay(md, c.art);
            note = yearNote(md.atYear(c.art.getYear()), year, c.art);
        }
        if (!md.isValidYear(year)) {
            return null;
        }
        LocalDate start = md.atYear(year);
        return new Value(start + "/" + start.plusDays(1), "interval", y == null,
                note == null ? null : "the night from that day to the next; " + note);
    }

    private static Value date(Ctx c) {
        String dt = c.first("da", "db");
        String mt = c.first("ma", "mb");
        String yt = c.first("ya", "yb");
        if (modalMay(mt, yt != null)) {
            return null;
        }
        MonthDay md = monthDay(month(mt), day(dt));
        if (md == null) {
            return null;
        }
        if (yt != null) {
            int y = Integer.parseInt(yt);
            return md.isValidYear(y) ? new Value(md.atYear(y).toString(), "day", false, null) : null;
        }
        if (c.art == null) {
            return new Value(null, "day", true, noYearNoArticle());
        }
        String rel = c.g("rel");
        int y = c.art.getYear();
        String note;
        if (rel != null && rel.toLowerCase(Locale.ROOT).startsWith("dern")) {
            if (!md.atYear(y).isBefore(c.art)) {
                y--;
            }
            note = "the last " + dayMonth(md) + " before " + article(c.art);
        } else if (rel != null) {
            if (!md.atYear(y).isAfter(c.art)) {
                y++;
            }
            note = "the next " + dayMonth(md) + " after " + article(c.art);
        } else {
            y = yearOfDay(md, c.art);
            note = yearNote(md.atYear(c.art.getYear()), y, c.art);
        }
        if (!md.isValidYear(y)) {
            return new Value(null, "day", true, note + ", which has no 29 February");
        }
        LocalDate date = md.atYear(y);
        String wd = c.g("wd");
        if (wd != null && weekday(wd) != date.getDayOfWeek()) {
            note += " (the text's " + dayName(weekday(wd)) + " does not fall on that day, a "
                    + dayName(date.getDayOfWeek()) + ")";
        }
        return new Value(date.toString(), "day", true, note);
    }

    private static Value numericDate(Ctx c) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(c.g("y")), Integer.parseInt(c.g("mo")),
                    Integer.parseInt(c.g("d")));
            return new Value(d.toString(), "day", false, null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Value monthYear(Ctx c) {
        Point p = new Point(Integer.parseInt(c.g("y")), month(c.g("m")), null);
        return new Value(p.edtf(), "month", false, null);
    }

    private static Value qualified(Ctx c) {
        String q = c.g("q").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String part;
        if (q.startsWith("early") || q.startsWith("beginning") || q.startsWith("start") || q.startsWith("d")) {
            part = "early";
        } else if (q.startsWith("late") || q.startsWith("end") || q.startsWith("fin")) {
            part = "late";
        } else if (q.startsWith("mi")) {
            part = "mid";
        } else {
            part = "during"; // courant
        }
        if (c.g("y2") != null) {
            return new Value(c.g("y2"), "year", false,
                    (part.equals("mid") ? "mid-" : part + " ") + c.g("y2") + ": the whole year, the text narrows it to its " + part + " part");
        }
        String mt = c.g("m");
        if (modalMay(mt, c.g("y") != null)) {
            return null;
        }
        int mo = month(mt);
        String narrowed = (part.equals("mid") ? "mid-" : part + " ") + monthName(mo)
                + ": the whole month, the text narrows it to its " + part + " part";
        if (c.g("y") != null) {
            Point p = new Point(Integer.parseInt(c.g("y")), mo, null);
            return new Value(p.edtf(), "month", false, narrowed + " (" + monthName(mo) + " " + c.g("y") + ")");
        }
        Value v = monthOf(c, mo, c.g("rel") == null ? Rel.NONE : rel(c.g("rel")));
        return new Value(v.edtf(), v.precision(), true, narrowed + "; " + v.resolution());
    }

    private static Value monthRelative(Ctx c, Rel rel) {
        String mt = c.g("m");
        if (modalMay(mt, false)) {
            return null;
        }
        return monthOf(c, month(mt), rel);
    }

    /** A month without a year, placed by what the text says of it and the article's date. */
    private static Value monthOf(Ctx c, int mo, Rel rel) {
        String name = monthName(mo);
        if (c.art == null) {
            return unknown(name + " without a year", "month");
        }
        int y = c.art.getYear();
        int am = c.art.getMonthValue();
        String note = switch (rel) {
            case NONE -> {
                if (mo > am) {
                    y--;
                }
                yield "no year given: the most recent " + name + " not after " + article(c.art);
            }
            case LAST -> {
                if (mo >= am) {
                    y--;
                }
                yield "the last " + name + " before the month of " + article(c.art);
            }
            case NEXT -> {
                if (mo <= am) {
                    y++;
                }
                yield "the next " + name + " after the month of " + article(c.art);
            }
            case PREV_YEAR -> {
                y--;
                yield name + " of the year before that of " + article(c.art);
            }
            case THIS_YEAR -> name + " of the year of " + article(c.art);
            case NEXT_YEAR -> {
                y++;
                yield name + " of the year after that of " + article(c.art);
            }
        };
        return new Value(new Point(y, mo, null).edtf(), "month", true, note);
    }

    private static Rel rel(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "last", "this past", "dernier" -> Rel.LAST;
            case "next", "prochain" -> Rel.NEXT;
            case "last year" -> Rel.PREV_YEAR;
            case "this year" -> Rel.THIS_YEAR;
            case "next year" -> Rel.NEXT_YEAR;
            default -> throw new IllegalStateException(word);
        };
    }

    private static Value decade(Ctx c) {
        String head = c.g("c") != null ? c.g("c") : "19" + c.g("c2");
        return new Value(head + "X", "decade", false, null);
    }

    private static Value year(Ctx c, boolean approximate) {
        String y = c.g("y");
        int start = c.m.start("y");
        Matcher next = NEXT_WORD.matcher(c.text).region(c.m.end("y"), c.text.length());
        String before = c.text.substring(Math.max(0, start - 40), start);
        Matcher prev = PREVIOUS_WORD.matcher(before);
        String previous = prev.find() ? prev.group(1).toLowerCase(Locale.ROOT) : "";
        if (next.lookingAt() && COUNT_NOUNS.contains(next.group(1).toLowerCase(Locale.ROOT))
                && !TIME_PREPOSITIONS.contains(previous)) {
            return null; // "2000 soldiers"
        }
        if (QUANTIFIER.matcher(before).find()) {
            return null; // "more than 2000"
        }
        return new Value(approximate ? y + "~" : y, "year", false, null);
    }

    private static Value dayOffset(Ctx c, int days) {
        String what = switch (days) {
            case -2 -> "two days before";
            case -1 -> "the day before";
            case 0 -> "the day of";
            case 1 -> "the day after";
            default -> "two days after";
        };
        if (c.art == null) {
            return unknown(what + " the article's date", "day");
        }
        return new Value(c.art.plusDays(days).toString(), "day", true, what + " " + article(c.art));
    }

    private static Value previousNight(Ctx c) {
        if (c.art == null) {
            return unknown("the night before the article's date", "interval");
        }
        return new Value(c.art.minusDays(1) + "/" + c.art, "interval", true,
                "the night before " + article(c.art) + ", from the day before to that day");
    }

    private static Value week(Ctx c, int offset) {
        String what = offset < 0 ? "the ISO week (Monday to Sunday) before that of"
                : offset == 0 ? "the ISO week (Monday to Sunday) of" : "the ISO week (Monday to Sunday) after that of";
        if (c.art == null) {
            return unknown(what + " the article's date", "interval");
        }
        LocalDate monday = c.art.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset);
        return new Value(monday + "/" + monday.plusDays(6), "interval", true, what + " " + article(c.art));
    }

    private static Value weekSoFar(Ctx c) {
        if (c.art == null) {
            return unknown("earlier in the week of the article's date", "interval");
        }
        LocalDate monday = c.art.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String note = "from the Monday of the week to " + article(c.art);
        return monday.equals(c.art) ? new Value(monday.toString(), "day", true, note)
                : new Value(monday + "/" + c.art, "interval", true, note);
    }

    private static Value lastWeekend(Ctx c) {
        if (c.art == null) {
            return unknown("the weekend before the article's date", "interval");
        }
        LocalDate sunday = c.art.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return new Value(sunday.minusDays(1) + "/" + sunday, "interval", true,
                "the last Saturday and Sunday before " + article(c.art));
    }

    private static Value month(Ctx c, int offset) {
        String what = offset < 0 ? "the month before that of" : offset == 0 ? "the month of" : "the month after that of";
        if (c.art == null) {
            return unknown(what + " the article's date", "month");
        }
        return new Value(YearMonth.from(c.art).plusMonths(offset).toString(), "month", true,
                what + " " + article(c.art));
    }

    private static Value monthSoFar(Ctx c) {
        if (c.art == null) {
            return unknown("earlier in the month of the article's date", "interval");
        }
        LocalDate first = c.art.withDayOfMonth(1);
        String note = "from the first of the month to " + article(c.art);
        return first.equals(c.art) ? new Value(first.toString(), "day", true, note)
                : new Value(first + "/" + c.art, "interval", true, note);
    }

    private static Value yearOffset(Ctx c, int offset) {
        String what = offset < 0 ? "the year before that of" : offset == 0 ? "the year of" : "the year after that of";
        if (c.art == null) {
            return unknown(what + " the article's date", "year");
        }
        return new Value(new Point(c.art.getYear() + offset, null, null).edtf(), "year", true,
                what + " " + article(c.art));
    }

    private static Value yearSoFar(Ctx c) {
        if (c.art == null) {
            return unknown("earlier in the year of the article's date", "interval");
        }
        YearMonth first = YearMonth.of(c.art.getYear(), 1);
        YearMonth now = YearMonth.from(c.art);
        String note = "from January to the month of " + article(c.art);
        return first.equals(now) ? new Value(first.toString(), "month", true, note)
                : new Value(first + "/" + now, "interval", true, note);
    }

    private static Value weekday(Ctx c) {
        DayOfWeek w = weekday(c.g("w"));
        String relWord = c.g("rel");
        Rel rel = relWord == null ? Rel.NONE : rel(relWord);
        String name = dayName(w);
        if (c.art == null) {
            return unknown(name, "day");
        }
        LocalDate d;
        String note;
        if (rel == Rel.NEXT) {
            d = c.art.with(TemporalAdjusters.next(w));
            note = name + " after " + article(c.art);
        } else if (rel == Rel.LAST) {
            d = c.art.with(TemporalAdjusters.previous(w));
            note = name + " before " + article(c.art);
        } else {
            d = c.art.with(TemporalAdjusters.previousOrSame(w));
            note = d.equals(c.art) ? "the article's date itself, " + describe(c.art)
                    : name + " before " + article(c.art);
        }
        return new Value(d.toString(), "day", true, note);
    }

    private static Value weekdayNight(Ctx c) {
        DayOfWeek w1 = weekday(c.g("w1"));
        String w2 = c.g("w2");
        if (c.art == null) {
            return unknown("the night of " + dayName(w1), "interval");
        }
        LocalDate start;
        LocalDate end;
        if (w2 == null) {
            start = c.art.with(TemporalAdjusters.previousOrSame(w1));
            end = start.plusDays(1);
        } else {
            end = c.art.with(TemporalAdjusters.previousOrSame(weekday(w2)));
            start = end.with(TemporalAdjusters.previous(w1));
        }
        return new Value(start + "/" + end, "interval", true, "the night from " + describe(start) + " to "
                + describe(end) + ", the last such night not after " + article(c.art));
    }

    private static Value ago(Ctx c) {
        String unit = unit(c.first("u"));
        int n = number(c.g("n"));
        if (c.art == null) {
            return unknown(c.m.group(), unit.equals("week") ? "day" : unit);
        }
        String base = " before " + article(c.art);
        if (n < 0) {
            String last = switch (unit) {
                case "day", "week" -> c.art.minusDays(1).toString();
                case "month" -> YearMonth.from(c.art).minusMonths(1).toString();
                default -> Integer.toString(c.art.getYear() - 1);
            };
            return new Value("[.." + last + "]", unit.equals("week") ? "day" : unit, true,
                    "an unstated number of " + unit + "s" + base + ": some time on or before " + last);
        }
        return switch (unit) {
            case "day" -> new Value(c.art.minusDays(n).toString(), "day", true, n + " day(s)" + base);
            case "week" -> new Value(c.art.minusWeeks(n) + "~", "day", true,
                    n + " week(s) (" + 7 * n + " days)" + base + ", approximate");
            case "month" -> new Value(YearMonth.from(c.art).minusMonths(n).toString(), "month", true,
                    n + " month(s)" + base);
            default -> new Value(new Point(c.art.getYear() - n, null, null).edtf(), "year", true,
                    n + " year(s)" + base);
        };
    }

    private static Value event(Ctx c) {
        String u = c.first("u", "u2", "u3");
        String precision;
        if (u == null) {
            precision = "day";
        } else {
            String unit = unit(u);
            boolean counted = c.g("n") != null;
            precision = unit.equals("week") ? (counted ? "day" : "interval") : unit;
        }
        return new Value(null, precision, true, "relative to an event, not to the article's date");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String unit(String word) {
        String w = fold(word);
        if (w.startsWith("day") || w.startsWith("jour") || w.equals("morning") || w.equals("evening")) {
            return "day";
        }
        if (w.startsWith("week") || w.startsWith("semaine")) {
            return "week";
        }
        if (w.startsWith("month") || w.equals("mois")) {
            return "month";
        }
        return "year";
    }

    /** A number of days, weeks …; -1 when the text does not say how many ("a few", "plusieurs"). */
    private static int number(String word) {
        String w = fold(word).replaceAll("\\s+", " ");
        if (w.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return Integer.parseInt(w);
        }
        Integer n = NUMBERS.get(w);
        return n == null ? -1 : n;
    }

    private static int month(String word) {
        Integer m = MONTHS.get(fold(word).replace(".", ""));
        if (m == null) {
            throw new IllegalStateException("not a month: " + word);
        }
        return m;
    }

    private static DayOfWeek weekday(String word) {
        return WEEKDAYS.get(fold(word));
    }

    private static int day(String word) {
        StringBuilder digits = new StringBuilder();
        for (char ch : word.toCharArray()) {
            if (ch >= '0' && ch <= '9') {
                digits.append(ch);
            }
        }
        return Integer.parseInt(digits.toString());
    }

    /** English "may" in lower case is the verb unless a year comes with it ("Algeria may respond"). */
    private static boolean modalMay(String monthWord, boolean withYear) {
        return "may".equals(monthWord) && !withYear;
    }

    private static MonthDay monthDay(int mo, int d) {
        try {
            return MonthDay.of(mo, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The year of a day and month without one: the article's, or the year before if that is over 31 days on. */
    private static int yearOfDay(MonthDay md, LocalDate art) {
        return md.atYear(art.getYear()).isAfter(art.plusDays(31)) ? art.getYear() - 1 : art.getYear();
    }

    private static String yearNote(LocalDate inArticleYear, int year, LocalDate art) {
        if (year == art.getYear()) {
            return "no year given: the year of " + article(art);
        }
        return "no year given: the year before that of " + article(art) + " (" + dayMonth(
                MonthDay.from(inArticleYear)) + " " + art.getYear() + " would be more than 31 days after it)";
    }

    private static int compare(Integer m1, Integer d1, Integer m2, Integer d2) {
        if (!m1.equals(m2)) {
            return Integer.compare(m1, m2);
        }
        return d1 == null || d2 == null ? 0 : Integer.compare(d1, d2);
    }

    private static Value unknown(String what, String precision) {
        return new Value(null, precision, true, what + ": relative to the article's date, which is not given");
    }

    private static String noYearNoArticle() {
        return "a day and month without a year, and no article date to take the year from";
    }

    private static String article(LocalDate art) {
        return "the article's date, " + describe(art);
    }

    private static String describe(LocalDate d) {
        return dayName(d.getDayOfWeek()) + " " + d.getDayOfMonth() + " " + monthName(d.getMonthValue()) + " "
                + d.getYear();
    }

    private static String dayMonth(MonthDay md) {
        return md.getDayOfMonth() + " " + monthName(md.getMonthValue());
    }

    private static String dayName(DayOfWeek w) {
        return w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthName(int m) {
        return java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Lower case, accents removed, ’ as '. */
    private static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}+", "").replace('’', '\'').trim();
    }
}
