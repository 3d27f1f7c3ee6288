package org.sahelkg.load.json;

/** How found values appear in messages: quoted, escaped and cut short, so every problem fits one line. */
public final class Show {
    private static final int MAX_SHOWN = 60;

    private Show() {
    }

    /** {@code "text"}, with control and format characters as {@code \}{@code uXXXX}; null as {@code null}. */
    public static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().limit(MAX_SHOWN).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_SHOWN) {
            sb.append('…');
        }
        return sb.append('"').toString();
    }

    /** A code point as {@code U+202E}. */
    public static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}
