package org.sahelkg.load.check;

/**
 * Whose words a quote gives, read from the quotation marks of its source text: within quotation marks the words
 * are those of whoever the source quotes (a speaker's own words); outside them they are the source's own (for
 * reported speech, its paraphrase). Quotation marks are “…” and straight double quotes, counted from the start of
 * the quote's paragraph; single quotes are not counted, being also apostrophes.
 */
public enum Wording {
    /** Every word of the quote is within quotation marks. */
    QUOTED,
    /** Some words are within quotation marks and some are not. */
    PARTLY_QUOTED,
    /** No word is within quotation marks. */
    SOURCE;

    /** The wording of the span from {@code start} to {@code end} (code points) of {@code text}. */
    public static Wording of(int[] text, int start, int end) {
        int p = start;
        while (p > 0 && text[p - 1] != '\n') {
            p--;
        }
        boolean open = false;
        for (int i = p; i < start; i++) {
            open = after(text[i], open);
        }
        boolean all = true;
        boolean some = false;
        for (int i = start; i < end && i < text.length; i++) {
            int c = text[i];
            if (c == '“' || c == '”' || c == '"') {
                open = after(c, open);
            } else if (Character.isLetterOrDigit(c)) {
                all &= open;
                some |= open;
            }
        }
        return all ? QUOTED : some ? PARTLY_QUOTED : SOURCE;
    }

    private static boolean after(int c, boolean open) {
        return switch (c) {
            case '“' -> true;
            case '”' -> false;
            case '"' -> !open;
            default -> open;
        };
    }
}
