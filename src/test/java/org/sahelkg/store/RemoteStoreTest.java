package org.sahelkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What {@code load --target} accepts and how it words a store's refusal (the HTTP side is in VirtuosoIT). */
class RemoteStoreTest {
    @Test
    void onlyHttpUrlsAreTargets() {
        assertNull(RemoteStore.check(null));
        assertEquals("http://localhost:8890/sparql-graph-crud",
                RemoteStore.check("http://localhost:8890/sparql-graph-crud").toString());
        for (String bad : new String[] {"localhost:8890/x", "ftp://host/x", "http:///x", "not a url"}) {
            StoreException e = assertThrows(StoreException.class, () -> RemoteStore.check(bad), bad);
            assertTrue(e.getMessage().startsWith("--target: "), e.getMessage());
        }
    }

    @Test
    void aRefusalIsReducedToTheStoresOwnWords() {
        String html = "<!DOCTYPE HTML><html><head><title>SPARQL Graph Protocol request failed</title></head><body>"
                + "<h1>HTTP/1.1 500 Request Failed</h1>\n<h3>Error 22023</h3><xmp>The request is rejected: &lt;x&gt;"
                + "</xmp></body></html>";
        assertEquals("HTTP/1.1 500 Request Failed Error 22023 The request is rejected: <x>", RemoteStore.message(html));
        assertEquals("", RemoteStore.message(null));
        assertEquals(501, RemoteStore.message("x".repeat(600)).length());
    }
}
