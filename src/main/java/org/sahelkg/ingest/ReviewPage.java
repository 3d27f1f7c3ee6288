package org.sahelkg.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A page to review a draft: the article's text with what ingest found marked in it (known names, new names, time
 * expressions, figures), and the candidates beside it, each with its quote, confidence and record. A static
 * HTML file with no script, to open in any browser.
 */
public final class ReviewPage {
    private ReviewPage() {
    }

    /** The page as a file of its own: its style inline. */
    public static String render(String text, JsonNode draft) {
        return render(text, draft, null);
    }

    /** The page, its style linked from {@code stylesheet} (a server's CSP allows no inline style), or inline. */
    public static String render(String text, JsonNode draft, String stylesheet) {
        int[] cps = text.codePoints().toArray();
        // One mark per span, the first kind found wins: mentions, new names, times, figures.
        TreeMap<Integer, int[]> marks = new TreeMap<>();
        List<String> titles = new ArrayList<>();
        mark(marks, titles, draft.get("mentions"), "mention", n -> n.get("entity").asText() + " (" + n.get("score")
                .asText() + (n.has("ambiguous") ? ", ambiguous" : "") + ")");
        for (JsonNode n : draft.get("newEntities")) {
            for (JsonNode at : n.get("at")) {
                int a = at.asInt();
                int e = a + n.get("text").asText().codePointCount(0, n.get("text").asText().length());
                put(marks, titles, a, e, "new", "new " + n.get("kind").asText() + ": " + n.get("suggestedId").asText());
            }
        }
        mark(marks, titles, draft.get("times"), "time", n -> n.path("edtf").asText("?") + (n.has("resolution")
                ? " — " + n.get("resolution").asText() : ""));
        mark(marks, titles, draft.get("quantities"), "figure", n -> n.get("value").asText() + " " + n.get("unit")
                .asText() + (n.has("comparator") ? " (" + n.get("comparator").asText() + ")" : ""));
        StringBuilder body = new StringBuilder();
        int pos = 0;
        for (var m : marks.entrySet()) {
            int a = m.getKey();
            int e = m.getValue()[0];
            if (a < pos) {
                continue;
            }
            body.append(escape(new String(cps, pos, a - pos)));
            String[] kt = titles.get(m.getValue()[1]).split("\u0000", 2);
            body.append("<mark class=\"").append(kt[0]).append("\" title=\"").append(escape(kt[1])).append("\">")
                    .append(escape(new String(cps, a, e - a))).append("</mark>");
            pos = e;
        }
        body.append(escape(new String(cps, pos, cps.length - pos)));
        StringBuilder side = new StringBuilder();
        for (JsonNode c : draft.get("candidates")) {
            side.append("<li><p><strong>").append(escape(c.get("kind").asText())).append("</strong> ")
                    .append(escape(c.get("id").asText())).append(", confidence ")
                    .append(escape(c.get("confidence").asText())).append(": ").append(escape(c.get("why").asText()))
                    .append("</p>");
            if (c.has("disagreement")) {
                side.append("<p class=\"dispute\">").append(escape(c.get("disagreement").get("note").asText()))
                        .append("</p>");
            }
            side.append("<pre>").append(escape(c.get("record").toPrettyString())).append("</pre></li>\n");
        }
        String title = draft.get("source").get("label").elements().next().asText();
        return "<!DOCTYPE html>\n<html lang=\"" + escape(draft.get("source").get("language").asText()) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Review: " + escape(title) + "</title>" + style(stylesheet) + "</head><body>"
                + "<h1>Review: " + escape(title) + "</h1>"
                + "<p>Marked: <mark class=\"mention\">known names</mark>, <mark class=\"new\">new names</mark>, "
                + "<mark class=\"time\">time expressions</mark>, <mark class=\"figure\">figures</mark>; "
                + "hover for what each resolves to. Nothing here is in the graph until a curator accepts it.</p>"
                + "<main><section><h2>The text</h2><div class=\"text\">" + body + "</div></section>"
                + "<section><h2>Candidates (" + draft.get("candidates").size() + ")</h2><ol>" + side
                + "</ol></section></main></body></html>\n";
    }

    private static String style(String stylesheet) {
        if (stylesheet != null) {
            return "<link rel=\"stylesheet\" href=\"" + escape(stylesheet) + "\">";
        }
        try (var in = ReviewPage.class.getClassLoader().getResourceAsStream("assets/review.css")) {
            return "<style>" + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) + "</style>";
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("Missing asset on the class path: assets/review.css", e);
        }
    }

    private interface Title {
        String of(JsonNode n);
    }

    private static void mark(TreeMap<Integer, int[]> marks, List<String> titles, JsonNode list, String kind,
                             Title title) {
        for (JsonNode n : list) {
            put(marks, titles, n.get("at").asInt(), n.get("end").asInt(), kind, title.of(n));
        }
    }

    private static void put(TreeMap<Integer, int[]> marks, List<String> titles, int a, int e, String kind,
                            String title) {
        if (!marks.containsKey(a)) {
            titles.add(kind + "\u0000" + title);
            marks.put(a, new int[] {e, titles.size() - 1});
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
