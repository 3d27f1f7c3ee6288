package org.sahelkg.load.check;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a source text into sentences, by ICU's sentence rules (Unicode UAX #29) with ICU's English abbreviation
 * suppressions ("Mr.", "Gen.", "U.S." do not end a sentence), then mended for how news texts quote people:
 * <ul>
 *   <li>a sentence inside an open quotation goes on to where the quotation closes ("“They destroyed the drone on
 *       our soil. Enough is enough! We’re here …,” one of the protesters explained" is one sentence);</li>
 *   <li>a quotation that ends with a comma goes on to its attribution, even past a paragraph break
 *       ("“… with Algeria,”" then "Ulf Laessing … said.");</li>
 *   <li>what begins with a lower-case letter goes on from the sentence before ("“We will not!” he said");</li>
 *   <li>a full stop after a title such as "Gen." or "Col." ends no sentence.</li>
 * </ul>
 * A line break ends a sentence otherwise, so headings and captions are sentences of their own. Offsets are in
 * Unicode code points from 0, end exclusive, with the whitespace around each sentence left out.
 */
public final class Sentences {
    /**
     * Titles and abbreviations of these texts that ICU's English suppressions lack ("Gen. Diarra"): a full stop
     * after them does not end a sentence.
     */
    private static final List<String> ABBREVIATIONS = List.of("Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Gov.",
            "Sen.", "Rep.", "Pres.", "Prof.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "Jan.", "Feb.", "Aug.",
            "Sept.", "Oct.", "Nov.", "Dec.", "U.S.", "U.N.", "U.K.", "e.g.", "i.e.", "approx.", "km.");
    /** The most sentences one quotation may join, so that a quotation mark left open cannot swallow a text. */
    private static final int MAX_JOINED = 8;

    private Sentences() {
    }

    /** One sentence: its code-point offsets in the text, end exclusive. */
    public record Span(int start, int end) {
    }

    /** The sentences of {@code text}, in order. */
    public static List<Span> of(String text) {
        List<int[]> raw = new ArrayList<>();
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        ABBREVIATIONS.forEach(builder::suppressBreakAfter);
        BreakIterator breaks = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
        breaks.setText(text);
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                raw.add(new int[] {s, e});
            }
        }
        List<Span> sentences = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int s = raw.get(i)[0];
            int e = raw.get(i)[1];
            int joined = 1;
            while (i + 1 < raw.size() && joined < MAX_JOINED
                    && (continues(text, s, e) || Character.isLowerCase(text.codePointAt(raw.get(i + 1)[0])))) {
                e = raw.get(++i)[1];
                joined++;
            }
            sentences.add(new Span(text.codePointCount(0, s), text.codePointCount(0, e)));
        }
        return sentences;
    }

    /** Whether the sentence {@code [s, e)} is left inside a quotation, or ends a quotation with a comma. */
    private static boolean continues(String text, int s, int e) {
        if (e - s >= 2 && text.charAt(e - 2) == ',' && isClosingQuote(text.charAt(e - 1))) {
            return true;
        }
        int open = 0;
        int straight = 0;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                open++;
            } else if ((c == '”' || c == '»') && open > 0) {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    private static boolean isClosingQuote(char c) {
        return c == '”' || c == '"' || c == '»';
    }
}
