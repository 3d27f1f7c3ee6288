package org.sahelkg.load.json;

/** How found values appear in messages: quoted, escaped and cut short, so every problem fits one line. */
public final class Show {
    private Show() {
    }

    /** {@code "text"}, with control and format characters as {@code \}{@code uXXXX}; null as {@code null}. */
    public static String quoted(String text) {
        return org.sahelkg.model.Quoting.quoted(text);
    }

    /** A code point as {@code U+202E}. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
