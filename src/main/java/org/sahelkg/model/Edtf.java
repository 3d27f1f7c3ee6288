package org.sahelkg.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser of the small EDTF (ISO 8601-2) subset the curated data uses. Dates keep the precision the sources
 * give them ("2024" is never turned into 2024-01-01), and each value knows the days it can denote.
 *
 * <ul>
 *   <li>{@code 2025-04-06}, {@code 2025-04}, {@code 2025}, decade {@code 199X}; each may end with
 *       {@code ~} (approximate), {@code ?} (uncertain) or {@code %} (both);</li>
 *   <li>intervals {@code A/B}, either end a date, {@code ..} (open) or empty (unknown): {@code /..} is a
 *       period that began at an unknown time and is still going on;</li>
 *   <li>one-of ranges {@code [..X]}, {@code [X..]}, {@code [X..Y]}.</li>
 * </ul>
 */
public final class Edtf {
    /** The forms, as named in every error message. */
    public static final String EXPECTED =
            "an EDTF date such as 2025-04-06, 2025-04, 2025, 2025-03-31/2025-04-01 or [..2025-04-07]";

    private static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(\\d{3})X)([~?%])?");
    private static final String OPEN = "..";

    private Edtf() {
    }

    /** True when {@code text} is a value of the subset. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (EdtfException e) {
            return false;
        }
    }

    /** Parses a value, or throws {@link EdtfException} saying what was expected and why the text is not. */
    public static EdtfValue parse(String text) {
        if (text == null) {
            throw error("null", null);
        }
        if (text.startsWith("[") && text.endsWith("]") && text.length() >= 2) {
            return oneOf(text);
        }
        int slash = text.indexOf('/');
        if (slash >= 0) {
            return interval(text, slash);
        }
        return new EdtfValue(text, EdtfValue.Kind.SINGLE, date(text, text), null, null);
    }

    private static EdtfValue oneOf(String text) {
        String inner = text.substring(1, text.length() - 1);
        int dots = inner.indexOf(OPEN);
        if (dots < 0 || inner.indexOf(OPEN, dots + 1) >= 0) {
            throw error(text, null);
        }
        String first = inner.substring(0, dots);
        String last = inner.substring(dots + OPEN.length());
        if (first.isEmpty() && last.isEmpty()) {
            throw error(text, "a range needs at least one date");
        }
        EdtfValue.Bound begin = first.isEmpty() ? new EdtfValue.Bound(null, true)
                : new EdtfValue.Bound(date(first, text), false);
        EdtfValue.Bound end = last.isEmpty() ? new EdtfValue.Bound(null, true)
                : new EdtfValue.Bound(date(last, text), false);
        requireOrder(text, begin, end, "the range's first date is after its last");
        return new EdtfValue(text, EdtfValue.Kind.ONE_OF, null, begin, end);
    }

    private static EdtfValue interval(String text, int slash) {
        if (text.indexOf('/', slash + 1) >= 0) {
            throw error(text, null);
        }
        EdtfValue.Bound begin = bound(text.substring(0, slash), text);
        EdtfValue.Bound end = bound(text.substring(slash + 1), text);
        requireOrder(text, begin, end, "the interval begins after it ends");
        return new EdtfValue(text, EdtfValue.Kind.INTERVAL, null, begin, end);
    }

    private static EdtfValue.Bound bound(String part, String text) {
        if (part.isEmpty()) {
            return new EdtfValue.Bound(null, false);
        }
        if (part.equals(OPEN)) {
            return new EdtfValue.Bound(null, true);
        }
        return new EdtfValue.Bound(date(part, text), false);
    }

    private static void requireOrder(String text, EdtfValue.Bound begin, EdtfValue.Bound end, String reason) {
        if (begin.isDate() && end.isDate() && begin.date().earliest().isAfter(end.date().latest())) {
            throw error(text, reason);
        }
    }

    private static EdtfDate date(String part, String text) {
        Matcher m = DATE.matcher(part);
        if (!m.matches()) {
            throw error(text, null);
        }
        String qualifier = m.group(5);
        boolean approximate = "~".equals(qualifier) || "%".equals(qualifier);
        boolean uncertain = "?".equals(qualifier) || "%".equals(qualifier);
        String lexical = qualifier == null ? part : part.substring(0, part.length() - 1);
        if (m.group(4) != null) {
            int first = Integer.parseInt(m.group(4)) * 10;
            return new EdtfDate(lexical, EdtfDate.Precision.DECADE, LocalDate.of(first, 1, 1),
                    LocalDate.of(first + 9, 12, 31), approximate, uncertain);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new EdtfDate(lexical, EdtfDate.Precision.YEAR, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), approximate, uncertain);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw error(text, "month " + month + " does not exist");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (m.group(3) == null) {
            return new EdtfDate(lexical, EdtfDate.Precision.MONTH, ym.atDay(1), ym.atEndOfMonth(),
                    approximate, uncertain);
        }
        int day = Integer.parseInt(m.group(3));
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return new EdtfDate(lexical, EdtfDate.Precision.DAY, d, d, approximate, uncertain);
        } catch (DateTimeException e) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw error(text, monthName + " " + year + " has no day " + day);
        }
    }

    private static EdtfException error(String text, String reason) {
        String found = text == null ? "null" : Quoting.quoted(text);
        return new EdtfException("expected " + EXPECTED + ", found " + found
                + (reason == null ? "" : " (" + reason + ")"));
    }
}
