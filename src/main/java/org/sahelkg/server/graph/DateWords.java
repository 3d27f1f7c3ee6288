package org.sahelkg.server.graph;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfDate.Precision;
import org.sahelkg.model.EdtfDate;
import org.sahelkg.model.EdtfException;
import org.sahelkg.model.EdtfValue.Bound;
import org.sahelkg.model.EdtfValue;

/**
 * A curated EDTF date in plain English that keeps its precision and uncertainty: "night of 31 March–1
 * April 2025", "April 2025 (month)", "some day between 1 and 7 April 2025". Never more precise than the
 * data: a year stays a year.
 */
public final class DateWords {
    private DateWords() {
    }

    /**
     * The words for an EDTF value, with a time of day ({@code night}, {@code evening}, {@code morning},
     * {@code afternoon}) when the data gives one; the EDTF itself when it cannot be read.
     */
    public static String describe(String edtf, String timeOfDay) {
        EdtfValue value;
        try {
            value = Edtf.parse(edtf);
        } catch (EdtfException e) {
            return edtf;
        }
        return switch (value.kind()) {
            case SINGLE -> single(value.date(), timeOfDay);
            case INTERVAL -> interval(value.begin(), value.end(), timeOfDay);
            case ONE_OF -> oneOf(value.begin(), value.end());
        };
    }

    /** How precise a value is, for a label: day, month, year, decade; null when it has no date. */
    public static String precision(String edtf) {
        try {
            Precision p = Edtf.parse(edtf).precision();
            return p == null ? null : p.name().toLowerCase(Locale.ROOT);
        } catch (EdtfException e) {
            return null;
        }
    }

    private static String single(EdtfDate d, String timeOfDay) {
        String words = qualified(d, plain(d));
        if (d.precision() != Precision.DAY) {
            return words + " (" + d.precision().name().toLowerCase(Locale.ROOT) + ")";
        }
        return timeOfDay == null ? words : timeOfDay + " of " + words;
    }

    private static String interval(Bound begin, Bound end, String timeOfDay) {
        if (begin.isDate() && end.isDate()) {
            EdtfDate b = begin.date();
            EdtfDate e = end.date();
            String range = span(b, e, "–");
            boolean consecutiveDays = b.precision() == Precision.DAY && e.precision() == Precision.DAY
                    && b.earliest().plusDays(1).equals(e.earliest());
            if (timeOfDay != null && consecutiveDays) {
                return timeOfDay + " of " + range;
            }
            return timeOfDay == null ? range : range + " (" + timeOfDay + ")";
        }
        if (begin.isDate()) {
            String from = qualified(begin.date(), plain(begin.date()));
            return end.open() ? "from " + from + " onwards" : "from " + from + ", end unknown";
        }
        if (end.isDate()) {
            String until = qualified(end.date(), plain(end.date()));
            return begin.open() ? "until " + until : "until " + until + ", beginning unknown";
        }
        return end.open() ? "ongoing, since an unknown date" : "a period of unknown dates";
    }

    private static String oneOf(Bound begin, Bound end) {
        if (begin.isDate() && end.isDate()) {
            EdtfDate b = begin.date();
            EdtfDate e = end.date();
            String lead = b.precision() == Precision.DAY && e.precision() == Precision.DAY
                    ? "some day between " : "some time between ";
            return lead + span(b, e, " and ");
        }
        if (begin.isDate()) {
            return (begin.date().precision() == Precision.DAY ? "on or after " : "in or after ")
                    + qualified(begin.date(), plain(begin.date()));
        }
        return (end.date().precision() == Precision.DAY ? "on or before " : "in or before ")
                + qualified(end.date(), plain(end.date()));
    }

    /** Two dates joined, sharing the year (and month) they have in common: "1 and 7 April 2025". */
    private static String span(EdtfDate b, EdtfDate e, String joiner) {
        LocalDate x = b.earliest();
        LocalDate y = e.earliest();
        if (b.precision() == Precision.DAY && e.precision() == Precision.DAY && !b.approximate() && !e.approximate()) {
            if (x.getYear() == y.getYear() && x.getMonth() == y.getMonth()) {
                return x.getDayOfMonth() + joiner + y.getDayOfMonth() + " " + month(y) + " " + y.getYear();
            }
            if (x.getYear() == y.getYear()) {
                return x.getDayOfMonth() + " " + month(x) + joiner + y.getDayOfMonth() + " " + month(y) + " " + y.getYear();
            }
        }
        if (b.precision() == Precision.MONTH && e.precision() == Precision.MONTH && x.getYear() == y.getYear()
                && !b.approximate() && !e.approximate()) {
            return month(x) + joiner + month(y) + " " + y.getYear();
        }
        return qualified(b, plain(b)) + joiner + qualified(e, plain(e));
    }

    private static String plain(EdtfDate d) {
        LocalDate x = d.earliest();
        return switch (d.precision()) {
            case DAY -> x.getDayOfMonth() + " " + month(x) + " " + x.getYear();
            case MONTH -> month(x) + " " + x.getYear();
            case YEAR -> Integer.toString(x.getYear());
            case DECADE -> "the " + x.getYear() + "s";
        };
    }

    private static String qualified(EdtfDate d, String words) {
        String w = d.approximate() ? "about " + words : words;
        return d.uncertain() ? w + " (uncertain)" : w;
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
