package org.sahelkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load script talks to loopback only, and computes its percentiles by nearest rank. */
class LoadScriptTest {
    @Test
    void onlyLoopbackTargetsAreAccepted() {
        assertNull(LoadScript.refuseUnlessLoopback("http://127.0.0.1:3030"));
        assertNull(LoadScript.refuseUnlessLoopback("http://localhost:3030/"));
        assertNull(LoadScript.refuseUnlessLoopback("http://[::1]:3030"));
        assertNull(LoadScript.refuseUnlessLoopback("http://127.0.0.2:3030"));
        for (String remote : List.of("http://10.0.0.1:3030", "http://192.168.1.1", "http://8.8.8.8:80",
                "http://0.0.0.0:3030")) {
            String why = LoadScript.refuseUnlessLoopback(remote);
            assertNotNull(why, remote);
            assertTrue(why.startsWith("refusing a non-loopback target"), why);
        }
        assertNotNull(LoadScript.refuseUnlessLoopback("https://127.0.0.1:3030"));
        assertNotNull(LoadScript.refuseUnlessLoopback("ftp://localhost/"));
        assertNotNull(LoadScript.refuseUnlessLoopback("not a url"));
    }

    @Test
    void percentilesAreNearestRank() {
        List<Long> ms = List.of(1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L, 5_000_000L, 6_000_000L, 7_000_000L,
                8_000_000L, 9_000_000L, 10_000_000L);
        assertEquals(5.0, LoadScript.percentile(ms, 50));
        assertEquals(10.0, LoadScript.percentile(ms, 95));
        assertEquals(10.0, LoadScript.percentile(ms, 99));
        assertTrue(Double.isNaN(LoadScript.percentile(List.of(), 50)));
    }
}
