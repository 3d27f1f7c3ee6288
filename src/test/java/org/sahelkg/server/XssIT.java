package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelkg.server.TestSite.BROWSER;
import static org.sahelkg.server.TestSite.text;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile text from the data renders as text: labels, quotes and identifiers holding {@code <script>},
 * quotes that try to close an attribute, a right-to-left override (U+202E) and a homoglyph
 * ({@code xss/xss.trig}). Over HTTP, on the HTML as sent; {@link BrowserIT} checks the same in the DOM.
 */
class XssIT {
    /** The pages that show the hostile text. */
    static final List<String> PAGES = List.of("/", "/id/country/xland.html", "/id/event/xss-event.html",
            "/id/claim/xss-claim.html", "/id/quote/900/0-10.html", "/id/source/900.html", "/id/place/xss-town.html",
            "/timeline", "/timeline?actor=country/xland", "/map", "/disputes", "/sources", "/ontology.html",
            "/search?q=script", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", "/search?kind=country",
            "/explain?iri=country/xland", "/graph/data.html", "/.well-known/void.html",
            "/query?text=%3C/textarea%3E%3Cscript%3Ealert(10)%3C/script%3E",
            "/id/%3Cscript%3Ealert(13)%3C/script%3E");

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

    static java.util.stream.Stream<String> pages() {
        return PAGES.stream();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("pages")
    void hostileTextIsEscaped(String path) throws Exception {
        HttpResponse<byte[]> r = site.get(path, BROWSER);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 404, path + " answered " + r.statusCode());
        String html = text(r);
        PageChecks.selfContained(path, html);
        for (String raw : List.of("<script>alert", "<img src=x", "<svg onload", "<b>", "<i>", "\"'>", "</textarea><script")) {
            assertFalse(html.contains(raw), path + " holds the raw " + raw);
        }
        assertFalse(Pattern.compile("(?:href|src|action)=\"\\s*javascript:").matcher(html).find(), path + " links to javascript:");
        assertFalse(Pattern.compile("lang=\"[^\"]*[^A-Za-z0-9\"-]").matcher(html).find(), path + ": a language tag that is not one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/country/xland.html", "/id/event/xss-event.html", "/id/claim/xss-claim.html"})
    void theLabelsReadAsTheyAreWrittenInsideIsolatedElements(String path) throws Exception {
        String html = site.html(path);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || html.contains("&lt;b&gt;bold&lt;/b&gt;")
                || html.contains("&lt;svg onload=alert(5)&gt;"), path + ": the hostile label, escaped");
        // Every right-to-left override is inside an element of its own with dir="auto", or, where an element
        // cannot have one (the title, SVG text), between U+2068 and U+2069: it cannot reorder what is around it.
        var rlo = Pattern.compile("\u202E").matcher(html);
        while (rlo.find()) {
            int open = html.lastIndexOf('<', rlo.start());
            String tag = html.substring(open, html.indexOf('>', open) + 1);
            int isolate = html.lastIndexOf('\u2068', rlo.start());
            boolean isolated = isolate > open && html.indexOf('\u2069', rlo.start()) < html.indexOf('<', rlo.start());
            assertTrue(tag.contains("dir=\"auto\"") || isolated, path + ": U+202E inside " + tag);
        }
    }

    @org.junit.jupiter.api.Test
    void theHomoglyphIsShownAsIsAndNotFoundByTheLatinName() throws Exception {
        String html = site.html("/id/country/xland.html");
        assertTrue(html.contains("M\u0430li"), "the Cyrillic а is kept");
        assertEquals(404, site.get("/wikidata/Q912", BROWSER).statusCode(), "no sameAs to follow");
    }
}
