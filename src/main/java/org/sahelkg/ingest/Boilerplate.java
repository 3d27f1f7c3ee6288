package org.sahelkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sahelkg.model.Policy;

/**
 * Lines of a plain-text article that look like page furniture (share buttons, "Read more" teasers, photo credits,
 * copyright lines, comments, navigation), proposed as out of scope with the kinds of the source records.
 */
final class Boilerplate {
    /** A proposed out-of-scope span: code-point offsets, first words, kind and why. */
    record Span(int at, int end, String begins, String kind, String reason) {
    }

    private static final List<Object[]> RULES = List.of(
            new Object[] {Pattern.compile("(?iu)^(?:share|tweet|partager|email|imprimer|print)\\b.{0,60}$"),
                    "share-buttons", "a line of share buttons"},
            new Object[] {Pattern.compile("(?iu)^(?:read more|related|see also|also read|lire aussi|à lire aussi"
                    + "|voir aussi|more on this|recommended)\\b.*$"), "related-content", "a teaser of other articles"},
            new Object[] {Pattern.compile("(?iu)^(?:photo|image|crédit|credit|picture)s?\\s*[:©].*$|^.{0,80}"
                    + "\\b(?:getty images|afp photo|reuters/|ap photo)\\b.*$"), "photo-credit", "a photo credit"},
            new Object[] {Pattern.compile("(?iu)^(?:©|copyright|tous droits|all rights reserved).*$"),
                    "copyright-line", "a copyright line"},
            new Object[] {Pattern.compile("(?iu)^(?:\\d+\\s+)?(?:comments?|commentaires?|leave a comment|laisser un "
                    + "commentaire)\\b.{0,40}$"), "comments", "the comments"},
            new Object[] {Pattern.compile("(?iu)^(?:home|accueil|menu|skip to content|subscribe|abonnez-vous|sign in"
                    + "|se connecter|newsletter)\\b.{0,60}$"), "navigation", "navigation"});

    private Boilerplate() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (String line : text.split("\n", -1)) {
            String s = line.strip();
            int lead = line.indexOf(s.isEmpty() ? line : s);
            if (!s.isEmpty()) {
                for (Object[] rule : RULES) {
                    if (((Pattern) rule[0]).matcher(s).matches()) {
                        int start = at + line.codePointCount(0, Math.max(0, lead));
                        int end = start + s.codePointCount(0, s.length());
                        int cut = s.offsetByCodePoints(0, Math.min(s.codePointCount(0, s.length()), 40));
                        String begins = s.substring(0, cut).strip();
                        if (begins.codePointCount(0, begins.length()) > Policy.MAX_BEGINS) {
                            begins = begins.substring(0, Policy.MAX_BEGINS);
                        }
                        out.add(new Span(start, end, begins, (String) rule[1], (String) rule[2]));
                        break;
                    }
                }
            }
            at += line.codePointCount(0, line.length()) + 1;
        }
        return out;
    }
}
