package org.sahelkg.server.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateWordsTest {
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2025-04-06            | -       | 6 April 2025",
        "2025-04               | -       | April 2025 (month)",
        "2024                  | -       | 2024 (year)",
        "199X                  | -       | the 1990s (decade)",
        "2023~                 | -       | about 2023 (year)",
        "2025-04-06?           | -       | 6 April 2025 (uncertain)",
        "2025-04-06            | evening | evening of 6 April 2025",
        "2025-03-31/2025-04-01 | night   | night of 31 March–1 April 2025",
        "2025-03-31/2025-04-01 | -       | 31 March–1 April 2025",
        "2025-04-01/2025-04-06 | -       | 1–6 April 2025",
        "2024-08/2025-04       | -       | August 2024–April 2025",
        "2025-01/2025-04       | -       | January–April 2025",
        "2015/2024-01          | -       | 2015–January 2024",
        "2025-04/..            | -       | from April 2025 onwards",
        "2021/                 | -       | from 2021, end unknown",
        "../2024               | -       | until 2024",
        "/..                   | -       | ongoing, since an unknown date",
        "[2025-04-01..2025-04-07] | -    | some day between 1 and 7 April 2025",
        "[2025-03-30..2025-04-02] | -    | some day between 30 March and 2 April 2025",
        "[2025-01..2025-04]    | -       | some time between January and April 2025",
        "[2020..2021]          | -       | some time between 2020 and 2021",
        "[2025-04-11..]        | -       | on or after 11 April 2025",
        "[..2025-04-11]        | -       | on or before 11 April 2025",
        "[..2023-12]           | -       | in or before December 2023",
        "not a date            | -       | not a date",
    })
    void describes(String edtf, String timeOfDay, String expected) {
        assertEquals(expected, DateWords.describe(edtf, timeOfDay));
    }

    @ParameterizedTest
    @CsvSource({"2025-04-06, day", "2025-04, month", "[2025-04-01..2025-04-07], day", "2015/2024-01, month",
        "2020/.., year"})
    void precision(String edtf, String expected) {
        assertEquals(expected, DateWords.precision(edtf));
    }
}
