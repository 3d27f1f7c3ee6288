package org.sahelkg.synth;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as EDTF for the records and as words for the texts, in English and French. */
final class Dates {
    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter FR_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.FRENCH);

    private Dates() {
    }

    static String month(LocalDate d) {
        return YearMonth.from(d).toString();
    }

    /** "3 May 2021", « 3 mai 2021 », « 1er mai 2021 ». */
    static String words(LocalDate d, String lang) {
        if (lang.equals("fr") && d.getDayOfMonth() == 1) {
            return "1er " + d.format(FR_MONTH);
        }
        return d.format(lang.equals("fr") ? FR : EN);
    }

    /** "May 2021", « mai 2021 ». */
    static String monthWords(LocalDate d, String lang) {
        return d.format(lang.equals("fr") ? FR_MONTH : EN_MONTH);
    }

    /** A day between the two, both included. */
    static LocalDate between(Dice dice, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return first.plusDays(days <= 0 ? 0 : dice.between(0, (int) days));
    }
}
