package org.sahelkg.load.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whose words a quote gives, from the quotation marks of its paragraph. */
class WordingTest {
    private static Wording of(String text, String quote) {
        int at = text.indexOf(quote);
        int[] cp = text.codePoints().toArray();
        int start = text.codePointCount(0, at);
        return Wording.of(cp, start, start + quote.codePointCount(0, quote.length()));
    }

    @Test
    void wordsWithinQuotationMarksAreTheSpeakers() {
        String text = "Maïga asserted that the incident \"proves that the Algerian regime is backing terrorism\".";
        assertEquals(Wording.QUOTED, of(text, "Algerian regime is backing terrorism"));
        assertEquals(Wording.SOURCE, of(text, "Maïga asserted"));
        assertEquals(Wording.PARTLY_QUOTED, of(text, "incident \"proves"));
    }

    @Test
    void curlyMarksOpenAndCloseAndAParagraphResetsThem() {
        String text = "It denounced a “hostile” and “premeditated” action.\n\nAnother “open paragraph\n\nthen plain words.";
        assertEquals(Wording.PARTLY_QUOTED, of(text, "a “hostile” and “premeditated” action"));
        assertEquals(Wording.QUOTED, of(text, "“hostile”"));
        assertEquals(Wording.SOURCE, of(text, "then plain words"));
    }

    @Test
    void anApostropheIsNotAQuotationMark() {
        String text = "Algeria’s ministry said it; Mali’s did not.";
        assertEquals(Wording.SOURCE, of(text, "Mali’s did not"));
    }
}
