package org.sahelkg.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A parsed EDTF string of the subset the curated data uses. The earliest and latest days let queries
 * compare values of different precision and shape without knowing EDTF.
 *
 * @param text  the string as curated
 * @param kind  single value, interval or one-of range
 * @param date  the value of a {@link Kind#SINGLE}; null otherwise
 * @param begin the first end of an interval or range; null for a single value
 * @param end   the last end of an interval or range; null for a single value
 */
public record EdtfValue(String text, Kind kind, EdtfDate date, Bound begin, Bound end) {

    /** The three shapes of the subset. */
    public enum Kind {
        /** {@code 2025-04-06}, {@code 2025-04~}, {@code 199X}. */
        SINGLE,
        /** {@code 2025-03-31/2025-04-01}, {@code 2023/..}, {@code /2025}: a period. */
        INTERVAL,
        /** {@code [..2025-04-07]}: one day that is not known, only bounded. */
        ONE_OF
    }

    /**
     * One end of an interval or range: a date, or none. With no date, {@code open} tells an open end
     * ({@code ..}: ongoing or unbounded) from an unknown one (empty).
     */
    public record Bound(EdtfDate date, boolean open) {
        public boolean isDate() {
            return date != null;
        }
    }

    /** The first day the value can denote, or null when unbounded or unknown. */
    public LocalDate earliest() {
        if (kind == Kind.SINGLE) {
            return date.earliest();
        }
        return begin.isDate() ? begin.date().earliest() : null;
    }

    /** The last day the value can denote, or null when unbounded or unknown. */
    public LocalDate latest() {
        if (kind == Kind.SINGLE) {
            return date.latest();
        }
        return end.isDate() ? end.date().latest() : null;
    }

    /** The finest precision among the dates of the value; null for an interval with no date ({@code /..}). */
    public EdtfDate.Precision precision() {
        if (kind == Kind.SINGLE) {
            return date.precision();
        }
        EdtfDate.Precision p = begin.isDate() ? begin.date().precision() : null;
        return end.isDate() ? end.date().precision().finer(p) : p;
    }

    /** True when any date of the value is qualified as approximate. */
    public boolean approximate() {
        return dates().anyMatch(EdtfDate::approximate);
    }

    /** True when any date of the value is qualified as uncertain. */
    public boolean uncertain() {
        return dates().anyMatch(EdtfDate::uncertain);
    }

    /** True for an interval whose end is open or unknown: something that has not (or not known to have) ended. */
    public boolean hasNoEnd() {
        return kind == Kind.INTERVAL && !end.isDate();
    }

    private Stream<EdtfDate> dates() {
        if (kind == Kind.SINGLE) {
            return Stream.of(date);
        }
        return Stream.of(begin.date(), end.date()).filter(Objects::nonNull);
    }
}
