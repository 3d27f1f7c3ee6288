package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelkg.server.TestSite.BROWSER;
import static org.sahelkg.server.TestSite.header;
import static org.sahelkg.server.TestSite.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.load.Names;
import org.sahelkg.server.http.Exchange;

/**
 * Issue 5, point 8, what {@link XssIT} does not cover: every HTML response carries the Content-Security-
 * Policy that forbids inline script (pages, not-found pages, errors of odd requests), and a homoglyph is
 * never folded into the Latin letter it looks like, so search cannot confuse "Mаli" (Cyrillic а) with
 * Mali.
 */
class PageSafetyIT {
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestSite.fixture("/xss/xss.trig"));
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyHtmlResponseCarriesThePolicy() throws Exception {
        List<String> paths = new ArrayList<>(XssIT.PAGES);
        paths.addAll(List.of("/nothing-here", "/id/country/none.html", "/id/country/none", "/explain?iri=nope",
                "/search?q=", "/search", "/query", "/dumps/", "/dumps/nothing.nt.gz", "/.well-known/void",
                "/ontology", "/graph/none.html", "/wikidata/Q1", "/wikidata/nonsense", "/assets/none.js",
                "/id/%ZZ", "/%", "/sparql", "/sparql?query=NOT%20SPARQL", "/$/nothing"));
        List<String> failures = new ArrayList<>();
        int html = 0;
        for (String path : paths) {
            HttpResponse<byte[]> r;
            try {
                r = site.get(path, BROWSER);
            } catch (IllegalArgumentException e) {
                continue; // a URI Java's client will not send; the raw request below covers those
            }
            String type = header(r, "Content-Type");
            if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
                html++;
                String csp = header(r, "Content-Security-Policy");
                if (!csp.equals(Exchange.CSP)) {
                    failures.add(path + " (" + r.statusCode() + ") has the policy \"" + csp + "\"");
                }
            }
        }
        assertTrue(html > XssIT.PAGES.size(), "HTML responses checked: " + html);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // The policy itself: only our own script, none inline, no plugins, no framing.
        assertTrue(Exchange.CSP.contains("script-src 'self'") && !Exchange.CSP.contains("unsafe-inline")
                && !Exchange.CSP.contains("unsafe-eval") && Exchange.CSP.contains("object-src 'none'")
                && Exchange.CSP.contains("frame-ancestors 'none'"), Exchange.CSP);
    }

    @Test
    void malformedRequestsGetNoHtmlWithoutThePolicy() throws Exception {
        int port = URI.create(site.base()).getPort();
        for (String target : List.of("/%", "/id/%ZZ%3Cscript%3E", "/<script>alert(1)</script>", "/%00", "/..%2F..%2Fetc")) {
            String answer = raw(port, "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n");
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
            String body = answer.substring(Math.max(0, answer.indexOf("\r\n\r\n")));
            if (body.contains("<script>alert(1)")) {
                // Echoed only as plain text that no browser may sniff into HTML.
                assertTrue(head.contains("content-type: text/plain") && head.contains("x-content-type-options: nosniff"),
                        target + " echoes the script in a response a browser could render: " + answer);
            }
            assertFalse(head.contains("server: jetty"), "no server version: " + head);
            if (head.contains("content-type: text/html")) {
                assertTrue(head.contains("content-security-policy: " + Exchange.CSP.toLowerCase(java.util.Locale.ROOT)),
                        target + " answered HTML without the policy:\n" + head);
            }
        }
    }

    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void homoglyphsAreNotFoldedIntoTheLatinLetters() {
        // Cyrillic а, Cyrillic А, Greek Α, Cyrillic о and е, Greek ο: each looks like a Latin letter.
        for (String lookalike : List.of("M\u0430li", "\u0410lgeria", "\u0391lgeria", "Nig\u0435r", "T\u043Ego",
                "Ni\u0433er", "Chad\u200B", "M\u03BFpti")) {
            String latin = lookalike.replace('\u0430', 'a').replace('\u0410', 'A').replace('\u0391', 'A')
                    .replace('\u0435', 'e').replace('\u043E', 'o').replace('\u03BF', 'o').replace('\u0433', 'r')
                    .replace("\u200B", "");
            if (lookalike.contains("\u200B")) {
                // An invisible character is dropped, which is no confusion: the visible name is the same.
                assertEquals(Names.fold(latin), Names.fold(lookalike));
            } else {
                assertNotEquals(Names.fold(latin), Names.fold(lookalike), lookalike + " folds into " + latin);
            }
        }
        // Accents and case still fold, as the README says.
        assertEquals(Names.fold("Tinzawatene"), Names.fold("Tinzawatène"));
        assertEquals(Names.fold("mali"), Names.fold("MALI"));
    }

    @Test
    void searchDoesNotConfuseTheHomoglyphWithTheLatinName() throws Exception {
        try (TestSite lookalikes = TestSite.start(TestSite.fixture("/xss/homoglyph.trig"))) {
            String latin = lookalikes.html("/search?q=Mali");
            assertTrue(latin.contains("/id/country/mali\""), "the Latin name finds Mali");
            assertFalse(latin.contains("/id/country/lookalike"), "and not the Cyrillic lookalike");
            String cyrillic = lookalikes.html("/search?q=M%D0%B0li");
            assertTrue(cyrillic.contains("/id/country/lookalike"), "the Cyrillic name finds the lookalike");
            assertFalse(cyrillic.contains("/id/country/mali\""), "and not Mali");
            assertTrue(cyrillic.contains("M\u0430li"), "shown as it is written");
        }
    }
}
