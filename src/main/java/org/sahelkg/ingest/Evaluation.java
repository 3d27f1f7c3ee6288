package org.sahelkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.check.Sentences;
import org.sahelkg.load.check.Texts;
import org.sahelkg.model.Edtf;

/**
 * Leave one source out: for each source, ingest its text with a drafter that knows the graph as if that source
 * had never been read ({@link Drafter#Drafter(Graph, String)}), and compare the draft with what the curators took
 * from it: its entity mentions (a curated quote that names an entity, overlapped by a draft mention resolved to
 * it), its evidence quotes (overlapped by a candidate's quote), its dated events (a time expression in the quote's
 * sentence resolved to the curated EDTF) and the candidates' precision (a candidate whose quote overlaps a
 * curated quote of the source).
 */
public final class Evaluation {
    /** One source's figures. */
    public record Row(String source, int mentions, int mentionsFound, int named, int namedFound, int quotes, int quotesFound, int dated,
                      int datedExact, int candidates, int candidatesRight) {
        static String pct(int part, int all) {
            return all == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100.0 * part / all);
        }
    }

    private Evaluation() {
    }

    /** The figures for every source whose text {@code texts} has. */
    public static List<Row> run(Graph graph, Path seeds, Path textsDir) {
        Texts texts = Texts.in(textsDir);
        ObjectMapper json = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode record = json.readTree(f.toFile());
                String id = record.get("id").asText();
                String content = texts.content(record.get("file").asText());
                if (content == null) {
                    continue;
                }
                rows.add(evaluate(graph, id, record, content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Row evaluate(Graph graph, String id, JsonNode record, String text) {
        String iri = Iris.of(id);
        LocalDate date = date(record.path("issued").asText());
        Drafter drafter = new Drafter(graph, id);
        ObjectNode draft = drafter.draft(new Article(text, record.path("label").path("en").asText(""),
                false), new Drafter.Options("source/999", date, record.path("language").asText("en")));
        List<int[]> drafted = new ArrayList<>();
        for (JsonNode q : Drafter.quotes(draft)) {
            int at = q.get("at").asInt();
            drafted.add(new int[] {at, at + q.get("quote").asText().codePointCount(0, q.get("quote").asText().length())});
        }
        // Curated mentions: quotes of the source that name an entity.
        int mentions = 0;
        int mentionsFound = 0;
        int named = 0;
        int namedFound = 0;
        for (QuerySolution s : Sparql.select(graph, "SELECT DISTINCT ?r ?a ?e ?x WHERE { ?q skg:denotes ?r ; oa:hasSource <"
                + iri + "> ; oa:hasSelector [ oa:start ?a ; oa:end ?e ] , [ oa:exact ?x ] }")) {
            String entity = Sparql.id(s, "r");
            int a = s.getLiteral("a").getInt();
            int e = s.getLiteral("e").getInt();
            boolean known = drafter.knowsName(entity, s.getLiteral("x").getLexicalForm());
            mentions++;
            named += known ? 1 : 0;
            for (JsonNode m : draft.get("mentions")) {
                if (m.get("at").asInt() < e && a < m.get("end").asInt() && (m.get("entity").asText().equals(entity)
                        || m.path("candidates").toString().contains("\"" + entity + "\""))) {
                    mentionsFound++;
                    namedFound += known ? 1 : 0;
                    break;
                }
            }
        }
        // Curated evidence quotes of facts.
        List<int[]> curated = new ArrayList<>();
        for (QuerySolution s : Sparql.select(graph, "SELECT DISTINCT ?a ?e WHERE { ?x skg:evidence ?q . ?q oa:hasSource <"
                + iri + "> ; oa:hasSelector [ oa:start ?a ; oa:end ?e ] }")) {
            curated.add(new int[] {s.getLiteral("a").getInt(), s.getLiteral("e").getInt()});
        }
        int quotesFound = (int) curated.stream().filter(c -> drafted.stream().anyMatch(d -> overlap(c, d))).count();
        int right = (int) drafted.stream().filter(d -> curated.stream().anyMatch(c -> overlap(c, d))).count();
        // Dated events: a time expression in the sentence of one of the event's quotes from this source.
        List<DatedEvent> dates = datedEvents(graph, id, text);
        int exact = 0;
        for (DatedEvent ev : dates) {
            boolean hit = false;
            for (int[] w : ev.windows()) {
                for (JsonNode t : draft.get("times")) {
                    hit |= t.get("at").asInt() < w[1] && w[0] < t.get("end").asInt()
                            && ev.edtf().equals(t.path("edtf").asText());
                }
            }
            if (hit) {
                exact++;
            }
        }
        int dated = dates.size();
        return new Row(id, mentions, mentionsFound, named, namedFound, curated.size(), quotesFound, dated, exact, drafted.size(), right);
    }

    /**
     * An event whose date source {@code id} gives, with its curated EDTF and the windows of the text where a time
     * expression gives it: the sentence of each of the event's quotes from the source, with the sentence before it
     * (as the loader reads a date). Offsets are code points; the windows are in the order of the quotes.
     */
    public record DatedEvent(String event, String edtf, List<int[]> windows) {
    }

    /**
     * The dated events of source {@code id} (source/NNN) whose text is {@code text}: all its sources' when none is
     * named (skg:datedBy), and not a date the curators supplied (a curator's inference) nor an open bound.
     */
    public static List<DatedEvent> datedEvents(Graph graph, String id, String text) {
        String iri = Iris.of(id);
        Map<String, String> dates = new LinkedHashMap<>();
        Map<String, List<Integer>> starts = new LinkedHashMap<>();
        for (QuerySolution s : Sparql.select(graph, "SELECT DISTINCT ?ev ?edtf ?a WHERE { ?ev sem:eventType ?t ; "
                + "sem:hasTime ?time ; skg:evidence ?q . ?time skg:edtf ?edtf . ?q oa:hasSource <" + iri + "> ; "
                + "oa:hasSelector/oa:start ?a . FILTER NOT EXISTS { ?time skg:datedBy ?by FILTER (?by != <" + iri
                + ">) FILTER NOT EXISTS { ?time skg:datedBy <" + iri + "> } } FILTER NOT EXISTS { ?ev "
                + "skg:curatorInference/skg:inferredProperty sem:hasTime } } ORDER BY ?ev ?a")) {
            String edtf = s.getLiteral("edtf").getLexicalForm();
            if (!edtf.startsWith("[") && !edtf.startsWith("/") && !edtf.startsWith("..")) {
                String ev = s.getResource("ev").getURI();
                dates.put(ev, edtf);
                starts.computeIfAbsent(ev, k -> new ArrayList<>()).add(s.getLiteral("a").getInt());
            }
        }
        List<Sentences.Span> sentences = Sentences.of(text);
        List<DatedEvent> result = new ArrayList<>();
        for (Map.Entry<String, String> ev : dates.entrySet()) {
            List<int[]> windows = new ArrayList<>();
            for (int a : starts.get(ev.getKey())) {
                int k = 0;
                while (k < sentences.size() && sentences.get(k).end() <= a) {
                    k++;
                }
                int from = k < sentences.size() ? sentences.get(Math.max(0, k - 1)).start() : a;
                int to = k < sentences.size() ? sentences.get(k).end() : a + 1;
                windows.add(new int[] {from, to});
            }
            result.add(new DatedEvent(ev.getKey(), ev.getValue(), windows));
        }
        return result;
    }

    /** The table, as the README shows it. */
    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| source | entity mentions recalled | of those the other sources name | evidence quotes recalled "
                + "| dated events, date exact | candidates right (precision) |\n|---|---|---|---|---|---|\n");
        int[] sum = new int[10];
        for (Row r : rows) {
            int[] v = {r.mentionsFound(), r.mentions(), r.namedFound(), r.named(), r.quotesFound(), r.quotes(),
                r.datedExact(), r.dated(), r.candidatesRight(), r.candidates()};
            sb.append(line(r.source(), v));
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
        }
        sb.append(line("all", sum));
        return sb.toString();
    }

    private static String line(String source, int... v) {
        StringBuilder sb = new StringBuilder("| " + source + " |");
        for (int i = 0; i < v.length; i += 2) {
            sb.append(' ').append(v[i]).append('/').append(v[i + 1]).append(" (").append(Row.pct(v[i], v[i + 1]))
                    .append(") |");
        }
        return sb.append('\n').toString();
    }

    private static boolean overlap(int[] a, int[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    /** The source's date for resolving relative dates: the day, or the latest day its EDTF allows. */
    public static LocalDate date(String issued) {
        try {
            var v = Edtf.parse(issued);
            return v.earliest() != null && v.earliest().equals(v.latest()) ? v.earliest()
                    : v.earliest() != null ? v.earliest() : v.latest();
        } catch (RuntimeException e) {
            return null;
        }
    }

}
