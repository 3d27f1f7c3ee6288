package org.sahelkg.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;

/**
 * Every name the graph gives an entity (countries, places, organisations, people, things): its labels and aliases
 * in every language, and the short wordings by which the sources name it (mentions), each folded into words
 * ({@link Tokens}). A person is also found by the last word of a label (a surname, "le président Tebboune"),
 * with a lower score unless a title comes before it.
 */
final class Gazetteer {
    /** The kinds of resource whose names are looked for. */
    static final Set<String> KINDS = Set.of("country", "place", "org", "person", "thing");
    /** The longest name, in words, that is looked for. */
    static final int MAX_WORDS = 8;

    /** One name of one entity: its folded words and their concatenation. */
    record Name(String entity, String text, String how, List<String> words, String squashed) {
    }

    private final Map<String, List<Name>> bySquashed = new HashMap<>();
    private final Map<Integer, List<Name>> byFirstLetter = new HashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    private static final String QUERY = """
            SELECT ?r ?name ?how ?src WHERE {
              { ?r rdfs:label ?name BIND("label" AS ?how) }
              UNION { ?r skos:altLabel ?name BIND("alias" AS ?how) }
              UNION { ?q skg:denotes ?r ; oa:hasSelector/oa:exact ?name ; oa:hasSource ?src BIND("mention" AS ?how) }
              FILTER (STRSTARTS(STR(?r), STR(kg:)))
            }""";
    /** Every quote with its source. */
    private static final String QUOTES = """
            SELECT DISTINCT ?x ?src WHERE { ?q oa:hasSource ?src ; oa:hasSelector/oa:exact ?x }""";
    /** The sources that attest an entity: quotes that name it, and quotes of facts it takes part in. */
    private static final String ATTESTED = """
            SELECT DISTINCT ?r ?src WHERE {
              { ?x ?p ?r . ?x skg:evidence ?q } UNION { ?q skg:denotes ?r } UNION { ?r skg:evidence ?q }
              ?q oa:hasSource ?src .
              FILTER (STRSTARTS(STR(?r), STR(kg:)))
            }""";

    /**
     * The names in {@code graph} (a union of the project's graphs), as if the source {@code heldOut} (source/NNN, or
     * null for none) had never been read: its mentions are left out, the entities that only it attests, and the
     * aliases no other source's quote uses.
     */
    static Gazetteer of(Graph graph, String heldOut) {
        Gazetteer g = new Gazetteer();
        // Only a held-out source needs to know who attests what, and which words the other sources quote.
        Map<String, Set<String>> attested = new HashMap<>();
        String others = " ";
        if (heldOut != null) {
            for (QuerySolution s : Sparql.select(graph, ATTESTED)) {
                attested.computeIfAbsent(Sparql.id(s, "r"), k -> new HashSet<>()).add(Sparql.id(s, "src"));
            }
            StringBuilder quoted = new StringBuilder(" ");
            for (QuerySolution s : Sparql.select(graph, QUOTES)) {
                if (!heldOut.equals(Sparql.id(s, "src"))) {
                    quoted.append(String.join(" ", Tokens.folded(s.getLiteral("x").getLexicalForm()))).append(" | ");
                }
            }
            others = quoted.toString();
        }
        List<String[]> rows = new ArrayList<>();
        for (QuerySolution s : Sparql.select(graph, QUERY)) {
            rows.add(new String[] {Sparql.id(s, "r"), s.getLiteral("name").getLexicalForm(),
                s.getLiteral("name").getLanguage(), s.getLiteral("how").getString(),
                s.contains("src") ? Sparql.id(s, "src") : null});
        }
        rows.sort((a, b) -> (a[0] + a[3] + a[1] + a[4]).compareTo(b[0] + b[3] + b[1] + b[4]));
        for (String[] row : rows) {
            if (heldOut != null) {
                Set<String> by = attested.getOrDefault(row[0], Set.of());
                if (!by.isEmpty() && by.stream().allMatch(heldOut::equals) || heldOut.equals(row[4])) {
                    continue;
                }
                // An alias is known from the other sources' data when one of their quotes uses it.
                if (row[3].equals("alias") && !others.contains(" " + String.join(" ", Tokens.folded(row[1])) + " ")) {
                    continue;
                }
            }
            g.add(row[0], row[1], row[2], row[3]);
        }
        return g;
    }

    private void add(String entity, String name, String lang, String how) {
        String kind = entity.substring(0, Math.max(0, entity.indexOf('/')));
        if (!KINDS.contains(kind)) {
            return;
        }
        if (how.equals("label") && (lang.equals("en") || !labels.containsKey(entity))) {
            labels.put(entity, name);
        }
        List<String> words = Tokens.folded(name);
        if (words.isEmpty() || words.size() > MAX_WORDS || (how.equals("mention") && words.size() > 4)) {
            return;
        }
        put(new Name(entity, name, how, words, String.join("", words)));
        if (kind.equals("person") && how.equals("label") && words.size() > 1) {
            String last = words.get(words.size() - 1);
            if (last.length() >= 4) {
                put(new Name(entity, name, "surname", List.of(last), last));
            }
        }
    }

    private void put(Name n) {
        if (n.squashed().length() < 2) {
            return;
        }
        List<Name> same = bySquashed.computeIfAbsent(n.squashed(), k -> new ArrayList<>());
        if (same.stream().noneMatch(o -> o.entity().equals(n.entity()) && o.words().equals(n.words())
                && o.how().equals(n.how()))) {
            same.add(n);
            byFirstLetter.computeIfAbsent(n.squashed().codePointAt(0), k -> new ArrayList<>()).add(n);
        }
    }

    /** The names whose words, run together, are {@code squashed}. */
    List<Name> exactly(String squashed) {
        return bySquashed.getOrDefault(squashed, List.of());
    }

    /** Names of the same first letter within {@code max} edits of {@code squashed}, with their distance. */
    Map<Name, Integer> near(String squashed, int max) {
        Map<Name, Integer> out = new LinkedHashMap<>();
        for (Name n : byFirstLetter.getOrDefault(squashed.codePointAt(0), List.of())) {
            if (Math.abs(n.squashed().length() - squashed.length()) <= max && !n.how().equals("surname")) {
                int d = distance(n.squashed(), squashed, max);
                if (d <= max) {
                    out.put(n, d);
                }
            }
        }
        return out;
    }

    /** True when one of the entity's names is among the words of {@code text}. */
    boolean names(String entity, String text) {
        String words = " " + String.join(" ", Tokens.folded(text)) + " ";
        return bySquashed.values().stream().flatMap(List::stream).anyMatch(n -> n.entity().equals(entity)
                && words.contains(" " + String.join(" ", n.words()) + " "));
    }

    /** The entity's label, English first. */
    String label(String entity) {
        return labels.getOrDefault(entity, entity);
    }

    /** Levenshtein distance, or max + 1 as soon as it must exceed max. */
    static int distance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
