package org.sahelkg.iri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Ids and slugs are checked in time and stack proportional to their length, whatever it is (issue 12, item 10). */
class IrisTest {
    @Test
    void aSlugOfManyWordsIsCheckedWithoutOverflowingTheStack() {
        String slug = "a-".repeat(100_000) + "a";
        assertTrue(Iris.isSlug(slug));
        assertTrue(Iris.isId("event/" + slug));
        assertEquals("event/" + slug, Iris.idOf(Iris.ID + "event/" + slug));
        assertFalse(Iris.isId("event/" + slug + "-"));
    }

    @Test
    void slugsAreLowerCaseWordsJoinedBySingleHyphens() {
        for (String good : new String[] {"mali", "ecowas-2025", "a-b-c", "0"}) {
            assertTrue(Iris.isSlug(good), good);
        }
        for (String bad : new String[] {"", "-mali", "mali-", "a--b", "Mali", "a_b", "a b", "é", "a/b"}) {
            assertFalse(Iris.isSlug(bad), bad);
        }
    }
}
