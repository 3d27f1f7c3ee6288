package org.sahelkg.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelkg.ingest.TimeTagger.TimeExpression;
import org.sahelkg.model.Edtf;
import org.sahelkg.model.EdtfValue;

/** Sentences written for these tests; the article of most is dated Monday 7 April 2025. */
class TimeTaggerTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 4, 7);
    private static final Set<String> PRECISIONS = Set.of("day", "month", "year", "decade", "interval");

    @ParameterizedTest(name = "[{0}] {2} → {3} = {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        // English: dates, spans, months, years, decades.
        "en | 2025-04-07 | On Sunday, Mali recalled its ambassador. | Sunday | 2025-04-06 | day | true",
        "en | 2025-04-07 | The drone came down on the night of March 31 to April 1, 2025, the army said."
            + " | the night of March 31 to April 1, 2025 | 2025-03-31/2025-04-01 | interval | false",
        "en | 2025-04-07 | Radar contact was lost during the night of 31 March–1 April near the border."
            + " | the night of 31 March–1 April | 2025-03-31/2025-04-01 | interval | true",
        "en | 2025-04-07 | Between March 31 and April 1 the aircraft was tracked twice."
            + " | Between March 31 and April 1 | 2025-03-31/2025-04-01 | interval | true",
        "en | 2025-04-07 | The talks were held from 1 to 3 April 2025 in the capital."
            + " | from 1 to 3 April 2025 | 2025-04-01/2025-04-03 | interval | false",
        "en | 2025-04-07 | Patrols were doubled on the night of April 1 to 2."
            + " | the night of April 1 to 2 | 2025-04-01/2025-04-02 | interval | true",
        "en | 2025-04-07 | The statement is dated 7 April 2025. | 7 April 2025 | 2025-04-07 | day | false",
        "en | 2025-04-07 | The council met on April 7, 2025 in the capital. | April 7, 2025 | 2025-04-07 | day | false",
        "en | 2025-04-07 | The ministry protested on 6 April. | 6 April | 2025-04-06 | day | true",
        "en | 2025-04-07 | The envoy had visited on 6 December. | 6 December | 2024-12-06 | day | true",
        "en | 2025-04-07 | The agreement was signed in July 2024. | July 2024 | 2024-07 | month | false",
        "en | 2025-04-07 | Elections were postponed in November 2022. | November 2022 | 2022-11 | month | false",
        "en | 2025-04-07 | The junta took power in 2021. | 2021 | 2021 | year | false",
        "en | 2025-04-07 | The crossing has been closed since 2020. | 2020 | 2020 | year | false",
        "en | 2025-04-07 | The mission ran from 2013 to November 2022."
            + " | from 2013 to November 2022 | 2013/2022-11 | interval | false",
        "en | 2025-04-07 | The quarrel goes back to the 1990s. | the 1990s | 199X | decade | false",
        // English, relative to the article's date.
        "en | 2025-04-07 | The minister spoke yesterday. | yesterday | 2025-04-06 | day | true",
        "en | 2025-04-07 | Flights are suspended today. | today | 2025-04-07 | day | true",
        "en | 2025-04-07 | The drills took place last week. | last week | 2025-03-31/2025-04-06 | interval | true",
        "en | 2025-04-07 | Trade fell sharply last month. | last month | 2025-03 | month | true",
        "en | 2025-04-07 | The pact was renewed last year. | last year | 2024 | year | true",
        "en | 2025-04-07 | The three states left the bloc earlier this year."
            + " | earlier this year | 2025-01/2025-04 | interval | true",
        "en | 2025-04-07 | A similar incident occurred in January last year. | January last year | 2024-01 | month | true",
        "en | 2025-04-07 | Talks stalled September last year. | September last year | 2024-09 | month | true",
        "en | 2025-04-07 | Prices rose this month. | this month | 2025-04 | month | true",
        "en | 2025-04-07 | Flights resumed in early September. | early September | 2024-09 | month | true",
        "en | 2025-04-07 | The convoy left in late March. | late March | 2025-03 | month | true",
        "en | 2025-04-07 | A meeting was held in mid-April. | mid-April | 2025-04 | month | true",
        "en | 2025-04-07 | The ambassadors were recalled in May. | May | 2024-05 | month | true",
        "en | 2025-04-07 | Gunfire was heard during the previous night."
            + " | the previous night | 2025-04-06/2025-04-07 | interval | true",
        "en | 2025-04-07 | Shots rang out last night. | last night | 2025-04-06/2025-04-07 | interval | true",
        "en | 2025-04-07 | The border post was hit three weeks ago. | three weeks ago | 2025-03-17~ | day | true",
        "en | 2025-04-07 | Two days later, the embassy closed. | Two days later | - | day | true",
        "en | 2025-04-07 | A meeting took place on Monday. | Monday | 2025-04-07 | day | true",
        "en | 2025-04-10 | A meeting took place on Monday. | Monday | 2025-04-07 | day | true",
        // French.
        "fr | 2025-04-07 | Le 7 avril 2025, le ministère a publié un communiqué. | 7 avril 2025 | 2025-04-07 | day | false",
        "fr | 2025-04-07 | Le drone a été abattu le 1er avril. | 1er avril | 2025-04-01 | day | true",
        "fr | 2025-04-07 | Les délégués se sont vus le 7 avril. | 7 avril | 2025-04-07 | day | true",
        "fr | 2025-04-07 | L'incident a eu lieu mardi 1er avril 2025 près de la frontière."
            + " | mardi 1er avril 2025 | 2025-04-01 | day | false",
        "fr | 2025-04-07 | L'appareil a été détruit dans la nuit du 31 mars au 1er avril 2025."
            + " | la nuit du 31 mars au 1er avril 2025 | 2025-03-31/2025-04-01 | interval | false",
        "fr | 2025-04-07 | Les consultations se sont tenues du 1er au 3 avril."
            + " | du 1er au 3 avril | 2025-04-01/2025-04-03 | interval | true",
        "fr | 2025-04-07 | L'accord avait été conclu en juillet 2024. | juillet 2024 | 2024-07 | month | false",
        "fr | 2025-04-07 | La coopération militaire a cessé en 2015. | 2015 | 2015 | year | false",
        "fr | 2025-04-07 | La frontière est fermée depuis 2020. | 2020 | 2020 | year | false",
        "fr | 2025-04-07 | Pendant les années 1990, le nord était instable. | les années 1990 | 199X | decade | false",
        "fr | 2025-04-07 | Le ministre s'est exprimé dimanche. | dimanche | 2025-04-06 | day | true",
        "fr | 2025-04-07 | Le conseil se réunit lundi. | lundi | 2025-04-07 | day | true",
        "fr | 2025-04-07 | Hier, l'ambassadeur a été rappelé. | Hier | 2025-04-06 | day | true",
        "fr | 2025-04-07 | Aujourd'hui, les vols sont suspendus. | Aujourd'hui | 2025-04-07 | day | true",
        "fr | 2025-04-07 | Les manœuvres ont eu lieu la semaine dernière."
            + " | la semaine dernière | 2025-03-31/2025-04-06 | interval | true",
        "fr | 2025-04-07 | Un convoi est passé la semaine passée."
            + " | la semaine passée | 2025-03-31/2025-04-06 | interval | true",
        "fr | 2025-04-07 | Les échanges ont chuté le mois dernier. | le mois dernier | 2025-03 | month | true",
        "fr | 2025-04-07 | Le traité a été dénoncé l'année dernière. | l'année dernière | 2024 | year | true",
        "fr | 2025-04-07 | Le sommet s'était tenu l’an dernier. | l’an dernier | 2024 | year | true",
        "fr | 2025-04-07 | Les trois pays ont quitté l'organisation plus tôt cette année."
            + " | plus tôt cette année | 2025-01/2025-04 | interval | true",
        "fr | 2025-04-07 | Les combats avaient repris en début d'année."
            + " | début d'année | 2025-01/2025-04 | interval | true",
        "fr | 2025-04-07 | Un incident semblable s'était produit en janvier dernier."
            + " | janvier dernier | 2025-01 | month | true",
        "fr | 2025-04-07 | Les prix ont doublé ce mois-ci. | ce mois-ci | 2025-04 | month | true",
        "fr | 2025-04-07 | Les vols avaient repris début septembre. | début septembre | 2024-09 | month | true",
        "fr | 2025-09-20 | Les vols ont repris début septembre. | début septembre | 2025-09 | month | true",
        "fr | 2025-04-07 | Le convoi est parti fin mars. | fin mars | 2025-03 | month | true",
        "fr | 2025-04-07 | Une rencontre a eu lieu à la mi-avril. | mi-avril | 2025-04 | month | true",
        "fr | 2025-04-07 | Des tirs ont été entendus la nuit précédente."
            + " | la nuit précédente | 2025-04-06/2025-04-07 | interval | true",
        "fr | 2025-04-07 | Des explosions ont retenti cette nuit. | cette nuit | 2025-04-06/2025-04-07 | interval | true",
        "fr | 2025-04-07 | Deux jours plus tard, l'ambassade a fermé. | Deux jours plus tard | - | day | true",
        // French months written without their accents.
        "fr | 2025-04-07 | Le poste a été attaqué le 3 aout 2024. | 3 aout 2024 | 2024-08-03 | day | false",
        "fr | 2025-04-07 | Le texte date du 15 decembre 2024. | 15 decembre 2024 | 2024-12-15 | day | false",
        "fr | 2025-04-07 | Il est entré en vigueur le 1er fevrier 2025. | 1er fevrier 2025 | 2025-02-01 | day | false",
        "fr | 2025-04-07 | La réunion du 14 février a été annulée. | 14 février | 2025-02-14 | day | true",
        "fr | 2025-04-07 | Le rapport est sorti en août 2024. | août 2024 | 2024-08 | month | false",
        "fr | 2025-04-07 | Le rapport est sorti en décembre 2023. | décembre 2023 | 2023-12 | month | false",
    })
    void resolves(String lang, LocalDate article, String sentence, String text, String edtf, String precision,
                  boolean relative) {
        List<TimeExpression> found = tag(sentence, article, lang);
        assertEquals(1, found.size(), () -> "one expression in «" + sentence + "»: " + found);
        TimeExpression e = found.get(0);
        assertAll(
            () -> assertEquals(text, e.text()),
            () -> assertEquals(sentence.indexOf(text), e.start(), "start (the sentence is all in the BMP)"),
            () -> assertEquals(edtf, e.edtf()),
            () -> assertEquals(precision, e.precision()),
            () -> assertEquals(relative, e.relative()),
            () -> assertTrue(!relative || e.resolution() != null, "a relative expression says how it was resolved"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Algeria may respond.",
        "The road north is 1,300 km long.",
        "A 2,000 km border separates them.",
        "The desert track runs 2000 km to the south.",
        "More than 2000 soldiers were deployed.",
        "The 3 may leave before the vote.",
    })
    void tagsNothingIn(String sentence) {
        assertEquals(List.of(), tag(sentence, MONDAY, "en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le mot mai seul ne date rien.", "La route fait 1 300 km.", "Plus de 2000 soldats."})
    void tagsNothingInFrench(String sentence) {
        assertEquals(List.of(), tag(sentence, MONDAY, "fr"));
    }

    @Test
    void offsetsAreCodePoints() {
        String s = "𝐀 On 6 April 2025, 😀 yesterday.";
        List<TimeExpression> found = tag(s, MONDAY, "en");
        assertEquals(2, found.size(), found::toString);
        assertEquals(5, found.get(0).start());
        assertEquals(17, found.get(0).end());
        assertEquals("6 April 2025", found.get(0).text());
        assertEquals(6, s.indexOf("6 April"), "the UTF-16 index differs from the code-point offset");
        assertEquals(21, found.get(1).start());
        assertEquals(30, found.get(1).end());
        assertEquals("2025-04-06", found.get(1).edtf());
    }

    @Test
    void weekdayNoteNamesTheArticlesDate() {
        TimeExpression e = tag("On Sunday, Mali recalled its ambassador.", MONDAY, "en").get(0);
        assertEquals("Sunday before the article's date, Monday 7 April 2025", e.resolution());
        TimeExpression same = tag("Le conseil se réunit lundi.", MONDAY, "fr").get(0);
        assertTrue(same.resolution().startsWith("the article's date itself"), same.resolution());
    }

    @Test
    void weekdayAndDateMakeOneExpressionAndTheDateWins() {
        List<TimeExpression> found = tag("Le vote a eu lieu mardi 1er avril 2025.", MONDAY, "fr");
        assertEquals(1, found.size());
        assertEquals("2025-04-01", found.get(0).edtf());
        assertFalse(found.get(0).relative());
        TimeExpression wrong = tag("They met on Wednesday, April 1.", MONDAY, "en").get(0);
        assertEquals("2025-04-01", wrong.edtf());
        assertTrue(wrong.resolution().contains("does not fall on that day"), wrong.resolution());
    }

    @Test
    void earlyLateAndMidAreNotedNotInventedAsDays() {
        assertTrue(tag("Flights resumed in early September.", MONDAY, "en").get(0).resolution().contains("early"));
        assertTrue(tag("Le convoi est parti fin mars.", MONDAY, "fr").get(0).resolution().contains("late"));
        assertTrue(tag("Une rencontre a eu lieu à la mi-avril.", MONDAY, "fr").get(0).resolution().contains("mid"));
        TimeExpression withYear = tag("Talks resumed in late March 2024.", MONDAY, "en").get(0);
        assertEquals("2024-03", withYear.edtf());
        assertFalse(withYear.relative());
    }

    @Test
    void eventRelativeExpressionsHaveNoValue() {
        for (TimeExpression e : tag("Two days later the border closed; deux jours plus tard is French.", MONDAY,
                "en")) {
            assertNull(e.edtf());
        }
        TimeExpression fr = tag("Deux jours plus tard, l'ambassade a fermé.", MONDAY, "fr").get(0);
        assertEquals("relative to an event, not to the article's date", fr.resolution());
    }

    @Test
    void withoutAnArticleDateRelativeExpressionsComeBackEmpty() {
        List<TimeExpression> found = tag("On Sunday, after the vote of 7 April 2025 and the talks of 6 April, the"
                + " envoy left last week.", null, "en");
        assertEquals(List.of("Sunday", "7 April 2025", "6 April", "last week"),
                found.stream().map(TimeExpression::text).toList());
        assertNull(found.get(0).edtf());
        assertTrue(found.get(0).resolution().contains("not given"), found.get(0).resolution());
        assertEquals("2025-04-07", found.get(1).edtf());
        assertNull(found.get(2).edtf());
        assertTrue(found.get(2).relative());
        assertNotNull(found.get(2).resolution());
        assertNull(found.get(3).edtf());
    }

    @Test
    void manyExpressionsComeInOrderWithoutOverlap() {
        String s = "From 2013 to November 2022 the force was deployed; in July 2024 it left, and on Sunday the"
                + " junta spoke of the 1990s.";
        List<TimeExpression> found = tag(s, MONDAY, "en");
        assertEquals(List.of("From 2013 to November 2022", "July 2024", "Sunday", "the 1990s"),
                found.stream().map(TimeExpression::text).toList());
        assertEquals(List.of("2013/2022-11", "2024-07", "2025-04-06", "199X"),
                found.stream().map(TimeExpression::edtf).toList());
    }

    @Test
    void yearsRollBackAcrossNewYear() {
        TimeExpression e = tag("Troops moved the night of 31 December to 1 January.", LocalDate.of(2025, 1, 3), "en")
                .get(0);
        assertEquals("2024-12-31/2025-01-01", e.edtf());
        assertEquals("2024-12", tag("It began in December.", LocalDate.of(2025, 1, 3), "en").get(0).edtf());
    }

    @Test
    void rejectsAnUnknownLanguage() {
        assertThrows(IllegalArgumentException.class, () -> TimeTagger.tag("7 April 2025", MONDAY, "de"));
    }

    /** Tags, then checks what holds for every answer: offsets, exact text, order, valid EDTF. */
    private static List<TimeExpression> tag(String text, LocalDate article, String lang) {
        List<TimeExpression> found = TimeTagger.tag(text, article, lang);
        int last = 0;
        for (TimeExpression e : found) {
            assertTrue(e.start() >= last && e.end() > e.start(), () -> "in order, not overlapping: " + found);
            last = e.end();
            String words = text.substring(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end()));
            assertEquals(words, e.text(), "text is the exact substring at the code-point offsets");
            assertTrue(PRECISIONS.contains(e.precision()), e.precision());
            if (e.edtf() != null) {
                EdtfValue v = Edtf.parse(e.edtf());
                assertTrue(v.earliest() == null || v.latest() == null || !v.earliest().isAfter(v.latest()),
                        e.edtf());
            }
            if (e.relative()) {
                assertNotNull(e.resolution(), () -> "relative without a note: " + e);
            }
        }
        return found;
    }
}
