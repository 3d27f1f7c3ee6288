package org.sahelkg.compare;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.provider.CsvSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.sahelkg.ingest.Evaluation;
import org.sahelkg.ingest.TimeTagger;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.load.check.Texts;

/**
 * TimeTagger measured against SUTime (Stanford CoreNLP) and HeidelTime on the expressions of {@code TimeTaggerTest}
 * (their sentences, article dates and expected EDTF, read from the test's own {@code @CsvSource}, so the gold set
 * is the one the unit tests hold). Per tagger and language: expressions found (a span overlapping the expected
 * one), values exact (the tagger's TIMEX3 value mapped to EDTF at the same precision equals the expected EDTF;
 * what has no exact EDTF mapping counts as wrong) and the time per expression, after warm-up. Only in the
 * {@code temporal-compare} Maven profile: {@code mvn -B -q -Ptemporal-compare -DskipTests test-compile exec:java}.
 */
public final class TemporalCompare {
    /** One expected expression. {@code edtf} is null for an event-relative one ("two days later"). */
    record Gold(String lang, LocalDate article, String sentence, String text, String edtf) {
        int start() {
            return sentence.indexOf(text);
        }

        int end() {
            return start() + text.length();
        }
    }

    /** One expression a tagger found: its span and its value mapped to EDTF (null when unmappable). */
    record Found(int start, int end, String value, String edtf) {
    }

    interface Tagger {
        String name();

        List<Found> tag(String sentence, LocalDate article, String lang) throws Exception;
    }

    /** At most this many characters between two dates read as one interval ("31 March to 1 April"). */
    static final int PAIR_GAP = 12;
    static final int WARM_UP = 3;
    static final int RUNS = 5;

    private TemporalCompare() {
    }

    public static void main(String[] args) throws Exception {
        // HeidelTime logs every document it processes (java.util.logging, INFO).
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        for (var h : java.util.logging.Logger.getLogger("").getHandlers()) {
            h.setLevel(java.util.logging.Level.WARNING);
        }
        List<Gold> gold = gold();
        List<Tagger> taggers = new ArrayList<>();
        Map<String, Double> startup = new LinkedHashMap<>();
        long t = System.nanoTime();
        taggers.add(new Ours());
        startup.put("TimeTagger", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        taggers.add(new SuTime());
        startup.put("SUTime", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        taggers.add(new HeidelTime());
        startup.put("HeidelTime", (System.nanoTime() - t) / 1e9);

        StringBuilder misses = new StringBuilder();
        System.out.printf("%d expressions (TimeTaggerTest.resolves): %d en, %d fr%n%n", gold.size(),
                gold.stream().filter(g -> g.lang().equals("en")).count(),
                gold.stream().filter(g -> g.lang().equals("fr")).count());
        System.out.println("| tagger | language | expressions | found | value exact | ms per expression | startup (s) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (Tagger tagger : taggers) {
            for (String lang : List.of("en", "fr")) {
                List<Gold> set = gold.stream().filter(g -> g.lang().equals(lang)).toList();
                int found = 0;
                int exact = 0;
                for (Gold g : set) {
                    List<Found> hits = overlapping(tagger.tag(g.sentence(), g.article(), lang), g);
                    if (!hits.isEmpty()) {
                        found++;
                    }
                    String value = value(hits);
                    boolean ok = !hits.isEmpty() && java.util.Objects.equals(value, g.edtf());
                    if (ok) {
                        exact++;
                    }
                    if (!ok) {
                        misses.append(String.format("%s [%s] «%s»: expected %s, got %s%n", tagger.name(), lang,
                                g.text(), g.edtf() == null ? "no value" : g.edtf(), hits.isEmpty() ? "nothing"
                                        : hits.stream().map(h -> h.value() + (h.edtf() == null ? " (unmappable)"
                                                : "") ).toList()));
                    }
                }
                double ms = perExpression(tagger, set);
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.1f |%n", tagger.name(), lang,
                        set.size(), found, exact, ms, startup.get(tagger.name()));
            }
        }
        sources(taggers);
        System.out.printf("%nMisses on TimeTaggerTest's expressions:%n%s", misses);
    }

    /**
     * The dated events of the five sources ({@link Evaluation#datedEvents}): each tagger reads the windows of an
     * event's quotes (the quote's sentence and the one before) with the source's date, and is right when one of
     * its expressions there has the event's curated EDTF.
     */
    private static void sources(List<Tagger> taggers) throws Exception {
        Project project = Project.at(Path.of("").toAbsolutePath());
        Graph graph = GraphBuilder.build(project).getUnionGraph();
        Texts texts = Texts.in(project.texts());
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> totals = new LinkedHashMap<>();
        StringBuilder misses = new StringBuilder();
        List<Path> records;
        try (var files = Files.list(project.seeds())) {
            records = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        int events = 0;
        Map<String, Integer> byLang = new LinkedHashMap<>();
        for (Path f : records) {
            JsonNode record = json.readTree(f.toFile());
            String text = texts.content(record.get("file").asText());
            if (text == null) {
                continue;
            }
            String id = record.get("id").asText();
            String lang = record.path("language").asText("en");
            LocalDate date = Evaluation.date(record.path("issued").asText());
            int[] cps = text.codePoints().toArray();
            for (Evaluation.DatedEvent ev : Evaluation.datedEvents(graph, id, text)) {
                events++;
                byLang.merge(lang, 1, Integer::sum);
                for (Tagger tagger : taggers) {
                    boolean any = false;
                    boolean exact = false;
                    List<String> got = new ArrayList<>();
                    for (int[] w : ev.windows()) {
                        String window = new String(cps, w[0], Math.min(w[1], cps.length) - w[0]);
                        List<Found> found = tagger.tag(window, date, lang);
                        for (int i = 0; i < found.size(); i++) {
                            Found x = found.get(i);
                            any = true;
                            exact |= ev.edtf().equals(x.edtf());
                            // Two dates a few characters apart ("March 31 to April 1") read as their interval.
                            if (i + 1 < found.size() && found.get(i + 1).start() - x.end() <= PAIR_GAP) {
                                exact |= ev.edtf().equals(value(List.of(x, found.get(i + 1))));
                            }
                            got.add(x.value());
                        }
                    }
                    int[] t = totals.computeIfAbsent(tagger.name() + "|" + lang, k -> new int[3]);
                    t[0]++;
                    t[1] += any ? 1 : 0;
                    t[2] += exact ? 1 : 0;
                    if (!exact) {
                        misses.append(String.format("%s [%s %s] %s: expected %s, got %s%n", tagger.name(), id, lang,
                                ev.event().substring(ev.event().lastIndexOf('/') + 1), ev.edtf(), got));
                    }
                }
            }
        }
        System.out.printf("%nDated events of the five sources (%d: %s), a window per quote:%n%n", events, byLang);
        System.out.println("| tagger | language | dated events | an expression in a window | value exact |");
        System.out.println("|---|---|---:|---:|---:|");
        for (Map.Entry<String, int[]> e : totals.entrySet()) {
            String[] k = e.getKey().split("\\|");
            System.out.printf("| %s | %s | %d | %d | %d |%n", k[0], k[1], e.getValue()[0], e.getValue()[1],
                    e.getValue()[2]);
        }
        System.out.printf("%nMisses on the sources' dated events:%n%s", misses);
    }

    /** Median over {@link #RUNS} of the whole set tagged once, after {@link #WARM_UP} untimed passes. */
    private static double perExpression(Tagger tagger, List<Gold> set) throws Exception {
        double[] runs = new double[RUNS];
        for (int run = -WARM_UP; run < RUNS; run++) {
            long t = System.nanoTime();
            for (Gold g : set) {
                tagger.tag(g.sentence(), g.article(), g.lang());
            }
            if (run >= 0) {
                runs[run] = (System.nanoTime() - t) / 1e6 / set.size();
            }
        }
        java.util.Arrays.sort(runs);
        return runs[RUNS / 2];
    }

    private static List<Found> overlapping(List<Found> found, Gold g) {
        return found.stream().filter(f -> f.start() < g.end() && g.start() < f.end()).toList();
    }

    /**
     * The value of what overlaps the expected span: one expression's EDTF, or, when a tagger split a span in
     * two ("from 1 to 3 April 2025" as two dates), the interval of the two, as TimeTagger would write it.
     */
    static String value(List<Found> hits) {
        if (hits.size() == 1) {
            return hits.get(0).edtf();
        }
        if (hits.size() == 2 && hits.get(0).edtf() != null && hits.get(1).edtf() != null
                && !hits.get(0).edtf().contains("/") && !hits.get(1).edtf().contains("/")) {
            return hits.get(0).edtf() + "/" + hits.get(1).edtf();
        }
        return hits.isEmpty() ? null : "(" + hits.size() + " expressions)";
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern NIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})TNI");

    /**
     * A TIMEX3 value as EDTF where the mapping is exact: a day, month or year as it is; a decade ({@code 199})
     * as {@code 199X}; an ISO week as the interval of its Monday to Sunday; a day's night ({@code …TNI}) as the
     * interval of that day and the next (TimeTagger's reading of "the night of"). Anything else (no year as in
     * {@code XXXX-03-31}, {@code PRESENT_REF}, durations, seasons, quarters, times of day) is null: unmappable.
     */
    static String edtf(String timex) {
        if (timex == null) {
            return null;
        }
        if (DAY.matcher(timex).matches() || MONTH.matcher(timex).matches() || YEAR.matcher(timex).matches()) {
            return timex;
        }
        Matcher m = DECADE.matcher(timex);
        if (m.matches()) {
            return m.group(1) + "X";
        }
        m = WEEK.matcher(timex);
        if (m.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(java.time.DayOfWeek.MONDAY);
            return monday + "/" + monday.plusDays(6);
        }
        m = NIGHT.matcher(timex);
        if (m.matches()) {
            LocalDate day = LocalDate.parse(m.group(1));
            return day + "/" + day.plusDays(1);
        }
        return null;
    }

    /** The rows of {@code TimeTaggerTest.resolves}, from its {@code @CsvSource}. */
    static List<Gold> gold() throws Exception {
        Class<?> test = Class.forName("org.sahelkg.ingest.TimeTaggerTest");
        Method resolves = null;
        for (Method m : test.getDeclaredMethods()) {
            if (m.getName().equals("resolves")) {
                resolves = m;
            }
        }
        if (resolves == null || resolves.getAnnotation(CsvSource.class) == null) {
            throw new IllegalStateException("TimeTaggerTest.resolves and its @CsvSource not found");
        }
        List<Gold> gold = new ArrayList<>();
        for (String row : resolves.getAnnotation(CsvSource.class).value()) {
            String[] c = row.split("\\|");
            if (c.length != 7) {
                throw new IllegalStateException("expected 7 columns in TimeTaggerTest's row «" + row + "»");
            }
            String edtf = c[4].strip();
            gold.add(new Gold(c[0].strip(), LocalDate.parse(c[1].strip()), c[2].strip(), c[3].strip(),
                    edtf.equals("-") ? null : edtf));
        }
        return gold;
    }

    /** The project's own tagger. */
    static final class Ours implements Tagger {
        @Override
        public String name() {
            return "TimeTagger";
        }

        @Override
        public List<Found> tag(String sentence, LocalDate article, String lang) {
            return TimeTagger.tag(sentence, article, lang).stream()
                    .map(e -> new Found(e.start(), e.end(), e.edtf(), e.edtf())).toList();
        }
    }

    /**
     * SUTime: tokenizer, sentence splitter and its time annotator, the document date set; no POS tagger (SUTime's
     * rules do not need one). Its rules are English (it has no French rules): French sentences are tagged with
     * them, as a user without another tagger would.
     */
    static final class SuTime implements Tagger {
        private final AnnotationPipeline pipeline = new AnnotationPipeline();

        SuTime() {
            // CoreNLP 4.5's tokenizer splits sentences too (a second splitter is refused).
            pipeline.addAnnotator(new TokenizerAnnotator(false, "en"));
            Properties props = new Properties();
            props.setProperty("sutime.includeRange", "true");
            pipeline.addAnnotator(new TimeAnnotator("sutime", props));
        }

        @Override
        public String name() {
            return "SUTime";
        }

        @Override
        public List<Found> tag(String sentence, LocalDate article, String lang) {
            Annotation a = new Annotation(sentence);
            a.set(CoreAnnotations.DocDateAnnotation.class, article.toString());
            pipeline.annotate(a);
            List<Found> found = new ArrayList<>();
            List<CoreMap> timexes = a.get(TimeAnnotations.TimexAnnotations.class);
            if (timexes == null) {
                return found;
            }
            for (CoreMap cm : timexes) {
                String value = cm.get(TimeAnnotations.TimexAnnotation.class).value();
                found.add(new Found(cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                        cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), value, edtf(value)));
            }
            return found;
        }
    }

    /**
     * HeidelTime standalone, news documents (the article's date is the document creation time), TimeML output,
     * without a POS tagger ({@link POSTagger#NO}: TreeTagger is a native program not fetched here).
     */
    static final class HeidelTime implements Tagger {
        private static final Pattern TIMEX = Pattern.compile("<TIMEX3 [^>]*?value=\"([^\"]*)\"[^>]*>(.*?)</TIMEX3>");
        private final Map<String, HeidelTimeStandalone> byLang = new LinkedHashMap<>();

        HeidelTime() throws Exception {
            Path config = Files.createTempFile("heideltime-", ".props");
            try (var in = TemporalCompare.class.getResourceAsStream("/heideltime/config.props")) {
                Files.copy(in, config, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            byLang.put("en", new HeidelTimeStandalone(de.unihd.dbs.uima.annotator.heideltime.resources.Language.ENGLISH,
                    DocumentType.NEWS, OutputType.TIMEML, config.toString(), POSTagger.NO));
            byLang.put("fr", new HeidelTimeStandalone(de.unihd.dbs.uima.annotator.heideltime.resources.Language.FRENCH,
                    DocumentType.NEWS, OutputType.TIMEML, config.toString(), POSTagger.NO));
        }

        @Override
        public String name() {
            return "HeidelTime";
        }

        @Override
        public List<Found> tag(String sentence, LocalDate article, String lang) throws Exception {
            String timeml = byLang.get(lang).process(sentence,
                    Date.from(article.atStartOfDay().toInstant(ZoneOffset.UTC)));
            int open = timeml.indexOf("<TimeML>");
            int close = timeml.lastIndexOf("</TimeML>");
            String body = timeml.substring(open + "<TimeML>".length(), close);
            List<Found> found = new ArrayList<>();
            // Offsets in the sentence: the text outside the tags, unescaped, is the sentence (after a newline).
            StringBuilder plain = new StringBuilder();
            Matcher m = TIMEX.matcher(body);
            int last = 0;
            while (m.find()) {
                plain.append(unescape(body.substring(last, m.start())));
                int start = plain.length();
                plain.append(unescape(m.group(2)));
                found.add(new Found(start, plain.length(), m.group(1), edtf(m.group(1))));
                last = m.end();
            }
            plain.append(unescape(body.substring(last)));
            int shift = plain.indexOf(sentence);
            if (shift < 0) {
                throw new IllegalStateException("HeidelTime's output does not hold the sentence: " + timeml);
            }
            return found.stream().map(f -> new Found(f.start() - shift, f.end() - shift, f.value(), f.edtf())).toList();
        }

        private static String unescape(String s) {
            return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                    .replace("&amp;", "&");
        }
    }
}
