package org.sahelkg.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.sahelkg.ingest.Tokens.Token;

/**
 * The event-type scheme's cues (skg:cue, in {@code ontology/event-type-cues.ttl}): words that suggest an event
 * of a type. A cue word matches a text word that begins with it, both folded; a word of fewer than
 * {@link #PREFIX_MIN} letters matches only itself; "…" lets up to {@link #GAP} other words come between.
 */
final class Cues {
    static final int PREFIX_MIN = 5;
    static final int GAP = 4;

    /** A cue of a type: its words, in parts that "…" separates. */
    record Cue(String type, String lang, String text, List<List<String>> parts) {
    }

    /** A cue found: the type, the cue, and the first and last word it covers (indexes into the words). */
    record Hit(String type, String cue, int first, int last) {
    }

    private final List<Cue> cues = new ArrayList<>();

    private Cues() {
    }

    static Cues of(Graph graph) {
        Cues c = new Cues();
        for (QuerySolution s : Sparql.select(graph, "SELECT ?t ?cue WHERE { ?t skg:cue ?cue } ORDER BY ?t ?cue")) {
            String text = s.getLiteral("cue").getLexicalForm();
            List<List<String>> parts = Arrays.stream(text.split("…")).map(Tokens::folded)
                    .filter(p -> !p.isEmpty()).toList();
            if (!parts.isEmpty()) {
                c.cues.add(new Cue(Sparql.id(s, "t"), s.getLiteral("cue").getLanguage(), text, parts));
            }
        }
        return c;
    }

    /** The first hit of each type among words [from, to), in the order they start. */
    List<Hit> find(List<Token> words, int from, int to) {
        List<Hit> hits = new ArrayList<>();
        for (int p = from; p < to; p++) {
            for (Cue cue : cues) {
                if (hits.stream().anyMatch(h -> h.type().equals(cue.type()))) {
                    continue;
                }
                int last = match(words, p, to, cue.parts());
                if (last >= 0) {
                    hits.add(new Hit(cue.type(), cue.text(), p, last));
                }
            }
        }
        return hits;
    }

    /** The last word of the cue when it starts at word p, else -1. */
    private static int match(List<Token> words, int p, int to, List<List<String>> parts) {
        int at = p;
        for (int k = 0; k < parts.size(); k++) {
            List<String> part = parts.get(k);
            int found = -1;
            int latest = k == 0 ? at : Math.min(to - part.size(), at + GAP);
            for (int s = at; s <= latest && found < 0; s++) {
                if (run(words, s, to, part)) {
                    found = s;
                }
            }
            if (found < 0) {
                return -1;
            }
            at = found + part.size();
        }
        return at - 1;
    }

    private static boolean run(List<Token> words, int s, int to, List<String> part) {
        if (s + part.size() > to) {
            return false;
        }
        for (int i = 0; i < part.size(); i++) {
            String w = words.get(s + i).folded();
            String c = part.get(i);
            if (c.length() < PREFIX_MIN ? !w.equals(c) : !w.startsWith(c)) {
                return false;
            }
        }
        return true;
    }
}
