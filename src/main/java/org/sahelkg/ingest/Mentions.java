package org.sahelkg.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelkg.ingest.Gazetteer.Name;
import org.sahelkg.ingest.Tokens.Token;

/**
 * Finds in a text the names the graph knows ({@link Gazetteer}), tolerant of the variants of real reporting
 * (accents, hyphens and spaces, one or two letters off, a title before a surname), and proposes the capitalised
 * names and acronyms it does not know as new entities.
 */
final class Mentions {
    /** A name found: its offsets and words, the entity it most likely denotes and every candidate with a score. */
    record Mention(int at, int end, String text, String entity, String kind, double score, String how,
                   boolean ambiguous, List<Candidate> candidates) {
    }

    /** An entity a mention may denote, with the score of its best name there. */
    record Candidate(String entity, String label, double score, String how) {
    }

    /** A name the graph does not know: a suggested kind and identifier, and where it occurs. */
    record NewName(int at, int end, String text, String kind, String suggestedId) {
    }

    static final Set<String> TITLES = Set.of("general", "gen", "president", "minister", "ministre", "prime",
            "premier", "colonel", "col", "lieutenant", "lt", "captain", "capitaine", "imam", "sheikh", "cheikh", "mr",
            "mrs", "ms", "m", "mme", "dr", "spokesperson", "spokesman", "porte", "parole", "chief", "chef", "king",
            "roi", "emir", "commander", "commandant", "ambassador", "ambassadeur", "envoy", "envoye", "secretary",
            "secretaire", "leader", "dirigeant", "chairman");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "de", "du", "des", "la", "le", "l", "d", "al",
            "el", "ag", "ben", "bin", "ould", "and", "et", "for", "pour");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "but", "and", "it",
            "this", "that", "these", "those", "its", "their", "his", "her", "they", "we", "he", "she", "as", "for",
            "with", "after", "before", "since", "however", "according", "while", "when", "if", "although", "though",
            "both", "all", "some", "many", "most", "one", "two", "three", "last", "next", "there", "here",
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "dans", "mais", "et", "il", "elle", "ils",
            "elles", "selon", "depuis", "apres", "avant", "pour", "par", "sur", "ce", "cette", "ces", "son", "sa",
            "ses", "leur", "leurs", "en", "au", "aux", "lors", "alors", "ainsi", "enfin", "toutefois", "cependant",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
            "septembre", "octobre", "novembre", "decembre", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "mr",
            "said", "read", "share", "photo", "video", "more", "related", "advertisement", "subscribe");
    private static final Set<String> ORG_WORDS = Set.of("front", "movement", "mouvement", "ministry", "ministere",
            "council", "conseil", "alliance", "union", "army", "armee", "forces", "force", "group", "groupe",
            "committee", "comite", "court", "cour", "tribunal", "party", "parti", "bank", "banque", "agency",
            "agence", "brigade", "coalition", "confederation", "organisation", "organization", "nations",
            "assembly", "assemblee", "government", "gouvernement", "office", "institute", "institut", "company",
            "societe", "corps", "staff", "community", "communaute", "federation", "league", "ligue", "network");
    private static final Set<String> PLACE_WORDS = Set.of("region", "province", "town", "city", "ville", "wilaya",
            "cercle", "commune", "mount", "mont", "lake", "lac", "desert", "river", "fleuve", "valley", "vallee",
            "airport", "aeroport", "base", "border", "frontiere");

    private Mentions() {
    }

    /** The known names in the text, longest first at each word; where none starts, the next word. */
    static List<Mention> find(List<Token> words, Gazetteer gazetteer) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Mention m = at(words, i, gazetteer);
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            while (i < words.size() && words.get(i).start() < m.end()) {
                i++;
            }
        }
        return out;
    }

    private static Mention at(List<Token> words, int i, Gazetteer gazetteer) {
        int max = Math.min(Gazetteer.MAX_WORDS, words.size() - i);
        for (int w = max; w >= 1; w--) {
            List<Token> span = words.subList(i, i + w);
            String squashed = squash(span);
            List<Name> names = gazetteer.exactly(squashed);
            if (!names.isEmpty()) {
                List<String> folded = span.stream().map(Token::folded).toList();
                Map<String, Candidate> best = new LinkedHashMap<>();
                boolean title = i > 0 && TITLES.contains(words.get(i - 1).folded());
                boolean capitalised = span.stream().anyMatch(Token::capitalised);
                for (Name n : names) {
                    double score = switch (n.how()) {
                        case "surname" -> title ? 0.85 : 0.6;
                        case "mention" -> capitalised ? 0.95 : 0.5;
                        default -> capitalised || n.text().chars().noneMatch(Character::isUpperCase) ? 1.0 : 0.6;
                    };
                    String how = n.how();
                    if (!n.words().equals(folded)) {
                        score -= 0.1;
                        how = how + ", words run together or split";
                    }
                    keep(best, new Candidate(n.entity(), gazetteer.label(n.entity()), round(score), how + ": "
                            + n.text()));
                }
                if (best.values().stream().allMatch(c -> c.score() <= 0.6) && w == 1 && !span.get(0).capitalised()) {
                    continue;
                }
                // Names a letter or two off compete (the twin towns: Tinzaouatène, Tin Zaouatine).
                int allowed = squashed.length() >= 10 ? 2 : squashed.length() >= 6 ? 1 : 0;
                if (allowed > 0) {
                    gazetteer.near(squashed, allowed).forEach((n, d) -> {
                        if (d > 0 && !best.containsKey(n.entity())) {
                            keep(best, new Candidate(n.entity(), gazetteer.label(n.entity()),
                                    round(d == 1 ? 0.8 : 0.7), d + (d == 1 ? " letter" : " letters") + " off "
                                    + n.how() + ": " + n.text()));
                        }
                    });
                }
                return mention(words, i, w, best);
            }
        }
        // Nothing known starts here: a name one or two letters off (Tinzaoutine, Tinzawaten)?
        for (int w = Math.min(3, words.size() - i); w >= 1; w--) {
            List<Token> span = words.subList(i, i + w);
            if (!span.get(0).capitalised()) {
                return null;
            }
            String squashed = squash(span);
            int allowed = squashed.length() >= 10 ? 2 : squashed.length() >= 6 ? 1 : 0;
            if (allowed == 0) {
                continue;
            }
            Map<Name, Integer> near = gazetteer.near(squashed, allowed);
            if (!near.isEmpty()) {
                Map<String, Candidate> best = new LinkedHashMap<>();
                near.forEach((n, d) -> keep(best, new Candidate(n.entity(), gazetteer.label(n.entity()),
                        round(d == 1 ? 0.8 : 0.7), d + (d == 1 ? " letter" : " letters") + " off " + n.how() + ": "
                        + n.text())));
                return mention(words, i, w, best);
            }
        }
        return null;
    }

    private static Mention mention(List<Token> words, int i, int w, Map<String, Candidate> best) {
        List<Candidate> candidates = new ArrayList<>(best.values());
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::entity));
        Candidate top = candidates.get(0);
        boolean ambiguous = candidates.size() > 1 && top.score() - candidates.get(1).score() < 0.15;
        Token first = words.get(i);
        Token last = words.get(i + w - 1);
        String kind = top.entity().substring(0, top.entity().indexOf('/'));
        return new Mention(first.start(), last.end(), null, top.entity(), kind, top.score(), top.how(), ambiguous,
                candidates);
    }

    private static void keep(Map<String, Candidate> best, Candidate c) {
        Candidate old = best.get(c.entity());
        if (old == null || old.score() < c.score()) {
            best.put(c.entity(), c);
        }
    }

    /**
     * Capitalised names and acronyms that no mention covers: runs of capitalised words (with "of", "de", "al" …
     * between them), a single word only when it is not the first of its sentence, or an acronym.
     */
    static List<NewName> unknown(List<Token> words, List<Mention> known, Set<Integer> sentenceStarts) {
        List<NewName> out = new ArrayList<>();
        int k = 0;
        int i = 0;
        while (i < words.size()) {
            Token t = words.get(i);
            while (k < known.size() && known.get(k).end() <= t.start()) {
                k++;
            }
            boolean covered = k < known.size() && known.get(k).at() <= t.start();
            if (covered || !t.capitalised() || NOT_NAMES.contains(t.folded()) || t.folded().matches("\\d+")) {
                i++;
                continue;
            }
            int j = i + 1;
            int lastName = i;
            while (j < words.size()) {
                Token u = words.get(j);
                boolean adjacent = u.start() - words.get(j - 1).end() <= 2;
                if (!adjacent || (k < known.size() && u.start() >= known.get(k).at())) {
                    break;
                }
                if (u.capitalised() && !NOT_NAMES.contains(u.folded())) {
                    lastName = j;
                } else if (!CONNECTORS.contains(u.folded())) {
                    break;
                }
                j++;
            }
            List<Token> span = words.subList(i, lastName + 1);
            boolean acronym = span.size() == 1 && t.allCaps() && t.text().length() >= 2 && t.text().length() <= 8;
            boolean single = span.size() == 1;
            if (!single || acronym || !sentenceStarts.contains(t.start())) {
                out.add(new NewName(t.start(), span.get(span.size() - 1).end(), null,
                        kind(span, acronym, i > 0 && TITLES.contains(words.get(i - 1).folded())), null));
            }
            i = lastName + 1;
        }
        return out;
    }

    private static String kind(List<Token> span, boolean acronym, boolean titled) {
        if (acronym || span.stream().anyMatch(t -> ORG_WORDS.contains(t.folded()))) {
            return "org";
        }
        if (span.stream().anyMatch(t -> PLACE_WORDS.contains(t.folded()))) {
            return "place";
        }
        if (titled || (span.size() >= 2 && span.size() <= 4 && span.stream().noneMatch(t -> t.allCaps()))) {
            return "person";
        }
        return "unknown";
    }

    private static String squash(List<Token> span) {
        StringBuilder sb = new StringBuilder();
        span.forEach(t -> sb.append(t.folded()));
        return sb.toString();
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
