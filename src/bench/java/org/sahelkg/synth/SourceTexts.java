package org.sahelkg.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.model.Policy;
import org.sahelkg.model.SourceRecord;

/**
 * The synthetic source texts. Every evidence quote is cut from a sentence appended to one text at the moment
 * the quote is made, so each quote is found verbatim at its offset (Unicode code points from 0) and the
 * records' character counts and SHA-256 are those of the texts as written. Texts are streamed: a source
 * keeps only a small buffer, and its digest is updated as the buffer is flushed (to disk only when a texts
 * directory was given).
 */
final class SourceTexts {
    /** The longest quote, in code points: the loader's own limit. */
    static final int MAX_QUOTE = Policy.MAX_QUOTE;
    private static final int FLUSH_AT = 1 << 16;

    /** How the sentence around a quote is worded. */
    enum Style {
        /** A reported incident: "Local sources reported that …". */
        REPORT,
        /** A party's own words, in quotation marks, with the speaker named before them. */
        SPEECH,
        /** A name as a source spells it. */
        NAME,
        /** Background the source states in its own voice. */
        FACT
    }

    private static final String[][] REPORT_LEADS = {
        {"Local sources reported that ", "According to security sources, ", "Residents said that ",
            "Reports indicate that ", "It was reported that ", "Witnesses said that "},
        {"Des sources locales ont rapporté que ", "Selon des sources sécuritaires, ",
            "Des habitants ont indiqué que ", "D'après nos informations, ", "Des témoins ont affirmé que "}};
    private static final String[][] REPORT_TAILS = {
        {".", ", according to local sources.", ", residents said.", "."},
        {".", ", selon des sources locales.", ", d'après des habitants.", "."}};
    private static final String[][] NAME_LEADS = {
        {"Sources mentioned ", "The digest refers to ", "Residents spoke of "},
        {"Les sources mentionnent ", "Le bulletin évoque ", "Des habitants parlent de "}};
    private static final String[][] NAME_TAILS = {
        {" again this week.", " in several reports.", "."},
        {" à plusieurs reprises.", " cette semaine.", "."}};
    private static final String[][] FACT_LEADS = {
        {"", "Background: ", "For context, ", "As the digest recalls, "},
        {"", "Rappel : ", "Pour mémoire, ", "Comme le rappelle le bulletin, "}};
    private static final String[][] FILLERS = {
        {"The situation remained tense in the area.", "No casualty figures were available.",
            "Communication networks were disrupted for several hours.", "Markets reopened the following week.",
            "Humanitarian organisations called for calm.", "The information could not be independently verified.",
            "Travel on the main road remained restricted.", "Several families were reported displaced."},
        {"La situation restait tendue dans la zone.", "Aucun bilan n'était disponible.",
            "Les réseaux de communication ont été coupés pendant plusieurs heures.",
            "Les marchés ont rouvert la semaine suivante.", "Les organisations humanitaires ont appelé au calme.",
            "L'information n'a pas pu être vérifiée de manière indépendante.",
            "La circulation sur l'axe principal restait limitée.",
            "Plusieurs familles auraient été déplacées."}};

    /** One source: its record's fields and its text as far as it is written. */
    static final class Source {
        final int index;
        final String id;
        final String file;
        final String language;
        final String genre;
        final String stance;
        final Publisher publisher;
        final String title;
        final double weight;
        final List<String> cites = new ArrayList<>();
        final List<EvidenceRecord> ownEvidence = new ArrayList<>();
        private final StringBuilder pending = new StringBuilder();
        private final MessageDigest sha;
        private final Path path;
        private long length;
        private int sentences;

        Source(int index, String file, String language, String genre, String stance, Publisher publisher,
               String title, double weight, Path path) {
            this.index = index;
            this.id = String.format(Locale.ROOT, "source/%03d", index);
            this.file = file;
            this.language = language;
            this.genre = genre;
            this.stance = stance;
            this.publisher = publisher;
            this.title = title;
            this.weight = weight;
            this.path = path;
            this.sha = sha256();
        }

        /** Appends text; returns the offset, in code points, at which it starts. */
        int append(String text) {
            long at = length;
            pending.append(text);
            length += text.codePointCount(0, text.length());
            if (at > Integer.MAX_VALUE - 1_000_000) {
                throw new IllegalStateException(id + " is too long for int offsets");
            }
            if (pending.length() >= FLUSH_AT) {
                flush();
            }
            return (int) at;
        }

        private void flush() {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            pending.setLength(0);
            sha.update(bytes);
            if (path != null) {
                try {
                    Files.write(path, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Who publishes sources, and how a header names them. */
    record Publisher(String id, Name name, boolean research) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final Weights<Source> byWeight = new Weights<>();
    private final Dice dice;
    private final long seed;

    /**
     * @param texts where to write the texts, or null to compute their records only
     */
    SourceTexts(Dice dice, long seed, int count, List<Publisher> publishers, Path texts) {
        this.dice = dice;
        this.seed = seed;
        List<Publisher> media = publishers.stream().filter(p -> !p.research()).toList();
        List<Publisher> research = publishers.stream().filter(Publisher::research).toList();
        for (int i = 0; i < count; i++) {
            String language = dice.chance(0.3) ? "fr" : "en";
            double g = dice.unit();
            String genre = g < 0.7 ? "concept/news-report" : g < 0.9 ? "concept/analysis" : "concept/opinion";
            String stance = genre.equals("concept/news-report") ? "concept/news-without-declared-side"
                    : "concept/independent-analysis";
            Publisher publisher = genre.equals("concept/analysis") && !research.isEmpty() ? dice.pick(research)
                    : dice.chance(0.75) ? dice.pick(media) : null;
            String file = String.format(Locale.ROOT, "%03d_%s.txt", i,
                    hex16("sahel-kg synthetic source " + seed + " " + i));
            String title = title(i, language, genre, publisher);
            Path path = texts == null ? null : texts.resolve(file);
            Source s = new Source(i, file, language, genre, stance, publisher, title, 0.2 + dice.unit() * 1.8, path);
            sources.add(s);
            byWeight.add(s, s.weight);
            header(s);
        }
    }

    private static String title(int i, String language, String genre, Publisher publisher) {
        String number = String.format(Locale.ROOT, "%03d", i);
        String kind = genre.equals("concept/analysis") ? (language.equals("fr") ? "Note d'analyse" : "Analysis note")
                : genre.equals("concept/opinion") ? (language.equals("fr") ? "Tribune" : "Opinion")
                : (language.equals("fr") ? "Bulletin de veille" : "Monitoring digest");
        String by = publisher == null ? "" : " — " + publisher.name().label(language);
        return kind + " " + number + by;
    }

    /** The header line, quoted by the source record as the evidence of its title and publisher. */
    private void header(Source s) {
        String note = s.language.equals("fr")
                ? " (texte synthétique généré pour les tests de charge de sahel-kg ; "
                        + "il ne décrit aucun fait réel)"
                : " (synthetic text generated for sahel-kg load tests; it describes no real facts)";
        int at = s.append(s.title);
        s.ownEvidence.add(new EvidenceRecord(s.id, s.title, at, null, null, null));
        s.append(note + "\n\n");
    }

    List<Source> sources() {
        return sources;
    }

    Source get(int index) {
        return sources.get(index);
    }

    /** A source drawn by weight: some sources report much more than others. */
    Source pick() {
        return byWeight.draw(dice);
    }

    /** A source other than those given, when there is one. */
    Source pickOther(Source... not) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Source s = pick();
            boolean taken = false;
            for (Source n : not) {
                taken |= n == s;
            }
            if (!taken) {
                return s;
            }
        }
        return pick();
    }

    /**
     * Writes a sentence carrying the clause (in the source's language) into the source's text and returns
     * the evidence entry of its quote: the clause, cut to {@value #MAX_QUOTE} code points at a word boundary
     * when longer.
     *
     * @param speakerId for {@link Style#SPEECH}, whose words they are
     * @param speaker   for {@link Style#SPEECH}, how the text names the speaker
     * @param via       an outlet the source credits, or null
     */
    EvidenceRecord cite(Source s, Style style, String en, String fr, String speakerId, Name speaker, String via) {
        int lang = s.language.equals("fr") ? 1 : 0;
        String clause = lang == 1 ? fr : en;
        String lead;
        String tail;
        switch (style) {
            case SPEECH:
                String who = Naming.capitalise(speaker.ref(s.language));
                if (lang == 1) {
                    lead = dice.chance(0.5) ? "Dans un communiqué, " + speaker.ref("fr") + " a déclaré : « "
                            : who + " a affirmé : « ";
                } else {
                    lead = dice.chance(0.5) ? "In a statement, " + speaker.ref("en") + " said: “"
                            : who + " declared: “";
                }
                tail = lang == 1 ? " »." : "”.";
                break;
            case NAME:
                lead = dice.pick(NAME_LEADS[lang]);
                tail = dice.pick(NAME_TAILS[lang]);
                break;
            case FACT:
                lead = dice.pick(FACT_LEADS[lang]);
                tail = ".";
                break;
            default:
                lead = dice.pick(REPORT_LEADS[lang]);
                tail = dice.pick(REPORT_TAILS[lang]);
        }
        if (lead.isEmpty()) {
            clause = Naming.capitalise(clause);
        }
        String quote = fit(clause);
        String separator = s.sentences > 0 && s.sentences % 6 == 0 ? "\n\n" : s.sentences > 0 ? " " : "";
        String before = separator + lead;
        int at = s.append(before) + before.codePointCount(0, before.length());
        s.append(clause + tail);
        s.sentences++;
        // Every sentence is followed by one that is never quoted, so that quotes cover less than half of a text.
        String filler = dice.chance(0.85) ? dice.pick(FILLERS[lang])
                : FILLERS[lang][s.sentences % FILLERS[lang].length];
        s.append(" " + filler);
        return new EvidenceRecord(s.id, quote, at, style == Style.SPEECH ? speakerId : null, via, null);
    }

    /** A sentence of the given style in a source drawn by weight. */
    EvidenceRecord report(Style style, String en, String fr) {
        return cite(pick(), style, en, fr, null, null, null);
    }

    /** At most {@value #MAX_QUOTE} code points, cut after a whole word, without trailing punctuation. */
    static String fit(String clause) {
        if (clause.codePointCount(0, clause.length()) <= MAX_QUOTE) {
            return clause.strip();
        }
        int end = clause.offsetByCodePoints(0, MAX_QUOTE);
        int space = clause.lastIndexOf(' ', end);
        String cut = clause.substring(0, space > 0 ? space : end);
        return cut.replaceAll("[\\s,;:«“–-]+$", "").strip();
    }

    /** The source records, once every quote has been written: lengths and digests are final. */
    List<SourceRecord> finish() {
        List<SourceRecord> records = new ArrayList<>();
        for (Source s : sources) {
            s.append(s.language.equals("fr") ? "\n\nFin du document.\n" : "\n\nEnd of document.\n");
            s.flush();
            String sha = HexFormat.of().formatHex(s.sha.digest());
            boolean dated = s.index % 5 != 0;
            String issued = dated ? String.format(Locale.ROOT, "2026-01-%02d", 1 + s.index % 28) : "[2025-12-31..]";
            String dateBasis = dated ? "The date is that of the synthetic digest's issue, set by the generator."
                    : "Undated. It reports events up to 31 December 2025, so it is from that day or later.";
            String publisherBasis = s.publisher == null
                    ? "The synthetic text names no publisher."
                    : "The header line names " + s.publisher.name().en() + " as the publisher.";
            String author = s.publisher != null && s.publisher.research() ? s.publisher.id()
                    : "agent/author-of-source-" + String.format(Locale.ROOT, "%03d", s.index);
            records.add(new SourceRecord(s.id, s.file, sha, (int) s.length,
                    Naming.labels(String.format(Locale.ROOT, "Source %03d: %s (synthetic)", s.index, s.title), null),
                    s.title, s.publisher == null ? null : s.publisher.id(), publisherBasis, author, issued, dateBasis,
                    s.language, s.genre, s.stance, s.cites.isEmpty() ? null : List.copyOf(s.cites), null,
                    List.copyOf(s.ownEvidence), null, null, null));
        }
        return records;
    }

    /** Whether a source's author is a recorded unknown (no research publisher signs it). */
    boolean unnamedAuthor(Source s) {
        return s.publisher == null || !s.publisher.research();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex16(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }
}
