package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfDate;
import org.sahelkg.model.EdtfException;
import org.sahelkg.model.EdtfValue;

/** The EDTF subset: what each valid form denotes, and what each invalid one is told. */
class EdtfTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2025-04-06              | SINGLE   | DAY    | 2025-04-06 | 2025-04-06 | false | false
            2025-04                 | SINGLE   | MONTH  | 2025-04-01 | 2025-04-30 | false | false
            2024-02                 | SINGLE   | MONTH  | 2024-02-01 | 2024-02-29 | false | false
            2025                    | SINGLE   | YEAR   | 2025-01-01 | 2025-12-31 | false | false
            199X                    | SINGLE   | DECADE | 1990-01-01 | 1999-12-31 | false | false
            2025-04~                | SINGLE   | MONTH  | 2025-04-01 | 2025-04-30 | true  | false
            2025?                   | SINGLE   | YEAR   | 2025-01-01 | 2025-12-31 | false | true
            2025-04-06%             | SINGLE   | DAY    | 2025-04-06 | 2025-04-06 | true  | true
            2025-03-31/2025-04-01   | INTERVAL | DAY    | 2025-03-31 | 2025-04-01 | false | false
            2010/2025-04-07         | INTERVAL | DAY    | 2010-01-01 | 2025-04-07 | false | false
            2023-09-16/..           | INTERVAL | DAY    | 2023-09-16 | -          | false | false
            /2025-04                | INTERVAL | MONTH  | -          | 2025-04-30 | false | false
            2019~/2021              | INTERVAL | YEAR   | 2019-01-01 | 2021-12-31 | true  | false
            /..                     | INTERVAL | -      | -          | -          | false | false
            [..2025-04-07]          | ONE_OF   | DAY    | -          | 2025-04-07 | false | false
            [2025-04-11..]          | ONE_OF   | DAY    | 2025-04-11 | -          | false | false
            [2025-04-01..2025-04-05]| ONE_OF   | DAY    | 2025-04-01 | 2025-04-05 | false | false
            [199X..2005]            | ONE_OF   | YEAR   | 1990-01-01 | 2005-12-31 | false | false
            """)
    void validForms(String text, EdtfValue.Kind kind, EdtfDate.Precision precision, LocalDate earliest,
                    LocalDate latest, boolean approximate, boolean uncertain) {
        EdtfValue v = Edtf.parse(text);
        assertEquals(kind, v.kind());
        assertEquals(precision, v.precision());
        assertEquals(earliest, v.earliest());
        assertEquals(latest, v.latest());
        assertEquals(approximate, v.approximate());
        assertEquals(uncertain, v.uncertain());
        assertTrue(Edtf.isValid(text));
    }

    @Test
    void singleValuesKnowTheirXsdDatatypeButDecadesHaveNone() {
        assertEquals("http://www.w3.org/2001/XMLSchema#date", Edtf.parse("2025-04-06").date().xsdDatatype());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth", Edtf.parse("2025-04~").date().xsdDatatype());
        assertEquals("2025-04", Edtf.parse("2025-04~").date().lexical());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYear", Edtf.parse("2025").date().xsdDatatype());
        assertNull(Edtf.parse("199X").date().xsdDatatype());
    }

    @Test
    void openEndsAreToldFromUnknownOnes() {
        EdtfValue open = Edtf.parse("2023/..");
        EdtfValue unknown = Edtf.parse("2023/");
        assertTrue(open.end().open());
        assertFalse(unknown.end().open());
        assertTrue(open.hasNoEnd());
        assertTrue(unknown.hasNoEnd());
        assertFalse(Edtf.parse("2023/2025").hasNoEnd());
        assertFalse(Edtf.parse("2023").hasNoEnd());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2025-02-30             | "2025-02-30" (February 2025 has no day 30)
            2023-02-29             | "2023-02-29" (February 2023 has no day 29)
            2025-04-31             | "2025-04-31" (April 2025 has no day 31)
            2025-13                | "2025-13" (month 13 does not exist)
            2025-00-10             | "2025-00-10" (month 0 does not exist)
            2025/2024              | "2025/2024" (the interval begins after it ends)
            [2025-05..2025-04]     | "[2025-05..2025-04]" (the range's first date is after its last)
            [..]                   | "[..]" (a range needs at least one date)
            April 2025             | "April 2025"
            2025-4-6               | "2025-4-6"
            25                     | "25"
            19XX                   | "19XX"
            2025-04-06T10:00       | "2025-04-06T10:00"
            2025/2026/2027         | "2025/2026/2027"
            [2025..2026..2027]     | "[2025..2026..2027]"
            2025~~                 | "2025~~"
            ''                     | ""
            """)
    void invalidFormsSayWhatWasExpectedAndFound(String text, String found) {
        EdtfException e = assertThrows(EdtfException.class, () -> Edtf.parse(text));
        assertEquals("expected an EDTF date such as 2025-04-06, 2025-04, 2025, 2025-03-31/2025-04-01 or "
                + "[..2025-04-07], found " + found, e.getMessage());
        assertFalse(Edtf.isValid(text));
    }
}
