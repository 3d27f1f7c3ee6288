package org.sahelkg.model;

/** How input text is shown inside a one-line error message. */
public final class Quoting {
    private static final int MAX_SHOWN = 60;

    private Quoting() {
    }

    /** {@code "text"}, control and format characters as {@code \\}{@code uXXXX}, cut short; null as {@code null}. */
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
}
