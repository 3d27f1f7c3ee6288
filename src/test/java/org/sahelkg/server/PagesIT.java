package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sahelkg.server.TestSite.BROWSER;
import static org.sahelkg.server.TestSite.header;
import static org.sahelkg.server.TestSite.text;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages over HTTP, on the real project: each answers HTML under the strict Content-Security-Policy,
 * loads nothing from elsewhere, and says what it should (the claims side by side, the recalls of 6 April
 * on the timeline, Tinzaouatène found by any spelling, the drone's claimed positions on the map …).
 */
class PagesIT {
    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.start(TestSite.real());
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/query", "/query?name=crisis-timeline", "/timeline", "/timeline?actor=country/niger",
        "/map", "/disputes", "/search?q=Tinzaw%C3%A0tene", "/search?kind=country", "/explain?iri=country/niger",
        "/sources", "/ontology.html", "/graph/data.html", "/.well-known/void.html", "/dumps/",
        "/id/event/drone-downing-2025-04-01.html", "/id/claim/drone-in-algeria-more-than-2km.html",
        "/id/source/003.html", "/id/quote/003/557-593.html", "/id/country/mali.html", "/id/place/tinzaouatene.html"})
    void everyPageIsSelfContainedUnderTheStrictPolicy(String path) throws Exception {
        HttpResponse<byte[]> r = site.get(path, BROWSER);
        assertEquals(200, r.statusCode(), path);
        assertTrue(header(r, "Content-Type").startsWith("text/html"), path);
        assertEquals(PageChecks.CSP, header(r, "Content-Security-Policy"), path);
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), path);
        PageChecks.selfContained(path, text(r));
    }

    @Test
    void theAssetsAreServedWithTheirTypes() throws Exception {
        for (String[] asset : new String[][] {{"/assets/site.css", "text/css"}, {"/assets/app.js", "text/javascript"},
            {"/assets/icon.svg", "image/svg+xml"}}) {
            HttpResponse<byte[]> r = site.get(asset[0], "*/*");
            assertEquals(200, r.statusCode(), asset[0]);
            assertTrue(header(r, "Content-Type").startsWith(asset[1]), asset[0]);
            assertFalse(text(r).contains("url(http") || text(r).contains("@import"), "no external resource");
        }
        assertEquals(404, site.get("/assets/../pom.xml", "*/*").statusCode());
        assertEquals(404, site.get("/assets/nothing.js", "*/*").statusCode());
    }

    @Test
    void theDroneDowningShowsTheClaimsSideBySide() throws Exception {
        String html = site.html("/id/event/drone-downing-2025-04-01.html");
        String territory = section(html, "d-event-drone-downing-2025-04-01-territory");
        assertTrue(territory.contains("disputed"), "the territory is disputed");
        for (String quote : List.of("more than 2km into Algerian airspace", "violated their airspace by 2km",
                "wreckage was found 9.5km inside Malian borders",
                "the wreckage was discovered nearly 10 kilometers into Malian airspace",
                "the debris fell within Malian territory")) {
            assertTrue(territory.contains(quote), "the quote: " + quote);
        }
        for (String claimant : List.of("Ministry of National Defence of Algeria", "Government of Mali")) {
            assertTrue(territory.contains(claimant), "the claimant: " + claimant);
        }
        assertTrue(territory.contains("more than 2 km") && territory.contains("9.5 km") && territory.contains("nearly 10 km"),
                "the distances from the border, with their comparators");
        assertTrue(Pattern.compile("<article class=\"claimant\">").matcher(territory).results().count() >= 3,
                "a column per group of claimants");
        assertTrue(territory.contains("href=\"/id/source/001\""), "the sources link to their pages");
        assertTrue(html.contains("night of 31 March–1 April 2025"), "the date in words");
        assertTrue(html.contains("class=\"inferred\""), "inferred statements are marked");
        assertTrue(html.contains("href=\"/explain?iri=event%2Fdrone-downing-2025-04-01\""), "and explained");
    }

    @Test
    void theTimelineShowsTheRecallsOf6AprilAndFiltersByActor() throws Exception {
        String all = site.html("/timeline");
        int recalls = all.indexOf("Mali, Niger and Burkina Faso recall their ambassadors from Algiers");
        assertTrue(recalls > 0);
        assertTrue(all.lastIndexOf("6 April 2025", recalls) > all.lastIndexOf("</li>", recalls), "dated 6 April 2025");
        assertTrue(all.indexOf("night of 31 March–1 April 2025") < recalls, "in order");
        assertTrue(all.contains("March 2025 (month)"), "a month stays a month");
        assertTrue(all.contains("some day between 1 and 7 April 2025"), "a day known within a range");
        String niger = site.html("/timeline?actor=country/niger");
        assertTrue(niger.contains("Mali, Niger and Burkina Faso recall their ambassadors from Algiers"));
        assertFalse(niger.contains("Downing of a Malian drone"), "the downing has no Nigerien actor");
        assertTrue(count(niger, "<li id=") < count(all, "<li id="), "fewer events");
        assertTrue(niger.contains("<option value=\"country/niger\" selected>"), "the filter shows its choice");
    }

    @Test
    void theTimelineOpensOnTheCrisisAndTakesARangeAndSeveralActors() throws Exception {
        String crisis = site.html("/timeline");
        assertFalse(crisis.contains("id=\"y1960\""), "the crisis, not 1960, opens the timeline");
        assertTrue(crisis.indexOf("<h2 class=\"year\"") == crisis.indexOf("<h2 class=\"year\" id=\"y2025\""),
                "2025 comes first");
        assertTrue(crisis.contains("show the background since 1960</a>"), "the background a click away");
        String background = site.html("/timeline?from=1960");
        assertTrue(background.contains("id=\"y1960\""), "the background");
        assertTrue(count(background, "<li id=") > count(crisis, "<li id="));
        assertTrue(crisis.contains("<span class=\"edtf\" title=\"EDTF 2025-03-31/2025-04-01\">night of 31 March–1 April 2025</span>"),
                "the date in words, its EDTF on hover");
        assertTrue(crisis.contains("<time datetime=\"2025-04-06\" title=\"EDTF 2025-04-06\">6 April 2025</time>"));
        assertFalse(crisis.contains("<code>2025-"), "no raw EDTF shown");
        String april = site.html("/timeline?from=2025-04-02&to=2025-04-30");
        for (String page : List.of(crisis, background, april)) {
            assertTrue(page.contains("id=\"undated\""), "undated events are listed with every range");
        }
        assertFalse(april.contains("Downing of a Malian drone"), "before the range");
        assertTrue(april.contains("Mali, Niger and Burkina Faso recall their ambassadors from Algiers"));
        assertTrue(april.contains("from 2 April 2025 to 30 April 2025"), "the range in words");
        String both = site.html("/timeline?actor=country/niger&actor=country/mali");
        String niger = site.html("/timeline?actor=country/niger");
        assertTrue(both.contains("Downing of a Malian drone"), "Mali's events");
        assertTrue(count(both, "<li id=") > count(niger, "<li id="), "more events with two actors");
        assertTrue(both.contains("<option value=\"country/niger\" selected>")
                && both.contains("<option value=\"country/mali\" selected>"), "both chosen");
        for (String bad : List.of("from=yesterday", "to=2025-13-01", "from=2025-05&to=2025-04")) {
            HttpResponse<byte[]> r = site.get("/timeline?" + bad, BROWSER);
            String body = text(r);
            assertEquals(400, r.statusCode(), bad);
            assertTrue(body.contains("the timeline&#39;s") || body.contains("the timeline's"), bad + ": " + body);
            assertTrue(body.contains("<nav"), bad + ": on the site's error page");
        }
    }

    @Test
    void anEventPageSaysWhatItAnsweredAndWhatFollowedWithLags() throws Exception {
        String drone = site.html("/id/event/drone-downing-2025-04-01.html");
        int followed = drone.indexOf("<h3>What followed</h3>");
        assertTrue(followed > 0, "what followed");
        int recall = drone.indexOf("Mali, Niger and Burkina Faso recall their ambassadors from Algiers", followed);
        assertTrue(recall > 0, "the recall followed the downing");
        assertTrue(drone.indexOf("6 April 2025", recall) > 0
                && drone.substring(recall, drone.indexOf("</li>", recall)).contains("(5–6 days later)"),
                "with its date and the lag from the night of 31 March–1 April");
        Matcher dates = Pattern.compile("<li><a [^>]+><span dir=\"auto\">[^<]+</span></a> <span class=\"when\">([^<]+)</span>")
                .matcher(drone.substring(followed, drone.indexOf("</ol>", followed)));
        assertTrue(dates.find(), "dated entries");
        String recallPage = site.html("/id/event/aes-ambassador-recall-2025-04-06.html");
        int answered = recallPage.indexOf("<h3>In response to</h3>");
        assertTrue(answered > 0 && recallPage.indexOf("Downing of a Malian drone", answered) > 0
                && recallPage.contains("(5–6 days earlier)"), "what it answered, and how long before");
    }

    @Test
    void disagreementLinksNameTheirTwoSidesAndNoLinkReadsAsAHash() throws Exception {
        String disputes = site.html("/disputes");
        String drone = site.html("/id/event/drone-downing-2025-04-01.html");
        Matcher sides = Pattern.compile(">Disagreement: [^<]+ \\([^<)]+\\) vs [^<]+ \\([^<)]+\\)</span></a>").matcher(drone + disputes);
        assertTrue(sides.find(), "a disagreement named by its two sides and their claimants");
        Pattern hash = Pattern.compile("<a [^>]*>(?:<span dir=\"auto\">)?\\s*(?:[a-z-]+/)?[0-9a-f]{12,}\\s*(?:</span>)?</a>");
        java.util.ArrayDeque<String> next = new java.util.ArrayDeque<>(List.of("/", "/timeline?from=1960", "/disputes",
                "/sources", "/ontology", "/id/event/drone-downing-2025-04-01.html"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        Pattern href = Pattern.compile("href=\"(/id/[^\"#?]+)");
        while (!next.isEmpty() && seen.size() < 400) {
            String path = next.pop();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<byte[]> r = site.get(path, BROWSER);
            if (r.statusCode() != 200 || !header(r, "Content-Type").startsWith("text/html")) {
                continue;
            }
            String html = text(r);
            Matcher bad = hash.matcher(html);
            if (bad.find()) {
                org.junit.jupiter.api.Assertions.fail(path + ": a link reads as a hash: " + bad.group());
            }
            Matcher links = href.matcher(html);
            while (links.find()) {
                String to = links.group(1);
                next.add(to);
            }
        }
        assertTrue(seen.size() > 100, "crawled " + seen.size() + " pages");
    }

    @Test
    void searchFindsTinzaouateneByAnySpelling() throws Exception {
        for (String q : List.of("Tinzawatène", "tinzawatene", "TINZAWATENE", "tin zaouatene", "Tinzaouatène")) {
            String html = site.html("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            Matcher first = Pattern.compile("<li>\\s*<span class=\"title\"><a href=\"([^\"]+)\"").matcher(html);
            assertTrue(first.find(), q + ": a result");
            assertEquals("/id/place/tinzaouatene", first.group(1), q + ": Tinzaouatène first");
        }
        String html = site.html("/search?q=" + URLEncoder.encode("Tinzawatène", StandardCharsets.UTF_8));
        assertTrue(html.contains("Matched:") && html.contains("Tinzawatène"), "shows the name that matched");
        String both = site.html("/search?q=Tinzaouatine");
        assertTrue(both.contains("href=\"/id/place/tinzaouatene\"") && both.contains("href=\"/id/place/tin-zaouatine\""),
                "a spelling the sources use for both towns finds both");
        assertTrue(site.html("/search?q=zzzzqqq").contains("Nothing found"));
    }

    @Test
    void theMapDrawsTheOutlinesAndTheClaimedPositionsOfTheDrone() throws Exception {
        String html = site.html("/map");
        assertTrue(html.contains("<svg class=\"map\""), "an SVG map");
        assertTrue(count(html, "<path class=\"land") > 20, "country outlines");
        assertTrue(html.contains("href=\"/id/country/mali\""), "countries link to their pages");
        String inset = section(html, "inset-event-drone-downing-2025-04-01");
        for (String claim : List.of("drone-in-algeria-more-than-2km", "drone-in-algeria-2km", "wreckage-in-mali-9-5km",
                "wreckage-in-mali-nearly-10km", "debris-in-malian-territory", "aircraft-crashed-near-tinzaouatene")) {
            assertTrue(inset.contains("class=\"marker") && inset.contains("href=\"/id/claim/" + claim + "\""),
                    "a marker for " + claim);
        }
        assertTrue(inset.contains("schematic"), "the legend says the positions are schematic");
    }

    @Test
    void theDisputesPageListsEveryDisagreementAndDenial() throws Exception {
        String html = site.html("/disputes");
        long disagreements = org.apache.jena.system.Txn.calculateRead(TestSite.real(), () -> LinkedDataIT.select(
                TestSite.real(), "SELECT (COUNT(DISTINCT ?d) AS ?n) { GRAPH ?g { ?d a <https://w3id.org/sahel-kg/ontology#Disagreement> } }")
                .get(0).getLiteral("n").getLong());
        assertTrue(html.contains("id=\"d-event-drone-downing-2025-04-01-territory\""));
        assertTrue(html.contains("id=\"denials\""));
        assertTrue(html.contains("href=\"/id/claim/drone-in-algeria-more-than-2km\""));
        Matcher pairs = Pattern.compile("href=\"/id/disagreement/[0-9a-f]+\"").matcher(html);
        assertEquals(disagreements, pairs.results().map(m -> m.group()).distinct().count(), "every disagreement");
        assertTrue(html.contains("href=\"/id/event/maiga-statement-2025-04\""), "the denials");
        assertTrue(html.contains("(rival characterisations)") && html.contains("(figures that cannot both be true)"),
                "what each pair conflicts on");
        assertTrue(html.contains("id=\"apart\"") && html.contains("href=\"/id/event/tinzaouatene-ambush-2024-08\""),
                "the events that may be one, dated apart");
        assertTrue(html.contains("(a date resolved from a disputed date)")
                && html.contains("href=\"/id/event/algeria-bolsters-border-security\"")
                && html.contains("href=\"/id/claim/military-took-power-2021\""),
                "the border security resolved 'since' 001's 2020 takeover, against the 2021 of 003");
    }

    @Test
    void aCuratorsInferenceIsShownWithItsBasis() throws Exception {
        String html = site.html("/id/event/tinzaouatene-ambush-2024-08.html");
        assertTrue(html.contains("inference, not the sources") && html.contains("class=\"inferences\"")
                && html.contains("target: <a href=\"/id/org/wagner-group\"") && html.contains("Russian mercenaries"),
                "the ambush's target, Wagner, is the curators' reading of 'Russian mercenaries'");
        assertFalse(site.html("/id/event/drone-downing-2025-04-01.html").contains("class=\"inferences\""),
                "nothing inferred of the downing");
    }

    @Test
    void aFactReportedOnlyByAPartisanSourceSaysSo() throws Exception {
        assertTrue(site.html("/id/event/malian-airstrike-tinzaouatene-2025-04-02.html")
                .contains("Reported only by a party-affiliated source (partisan to Bamako)."), "the strike: 004 only");
        assertTrue(site.html("/id/event/juntas-distance-from-ecowas.html").contains("Reported by a single source."));
        String several = site.html("/id/event/drone-downing-2025-04-01.html");
        assertFalse(several.contains("Reported by a single source") || several.contains("Reported only by"),
                "five sources");
    }

    @Test
    void aQuoteOfReportedSpeechSaysWhoSpokeAndWhetherInTheirOwnWords() throws Exception {
        String html = site.html("/id/claim/algeria-sponsors-terrorism.html");
        assertTrue(html.contains("href=\"/id/person/abdoulaye-maiga\"")
                && Pattern.compile("\\(the speaker(&#39;|&#x27;|')s own words\\)").matcher(html).find(),
                "Maïga's words, within quotation marks in 000");
        assertTrue(html.contains("href=\"/id/org/mali-foreign-ministry\"")
                && Pattern.compile("\\(the source(&#39;|&#x27;|')s words\\)").matcher(html).find(),
                "001's paraphrase of the foreign ministry");
    }

    @Test
    void theExplanationPageSaysWhatTheCommandSays() throws Exception {
        String html = site.html("/explain?iri=country/niger");
        assertTrue(html.contains("State of bilateral relations") && html.contains("Collective stance"), "the rules");
        assertTrue(html.contains("still only a claim"), "a derived claim stays a claim");
        assertTrue(html.contains("href=\"/id/membership/niger-in-aes\""), "the premises link to their pages");
        assertEquals(404, site.get("/explain?iri=country/atlantis", BROWSER).statusCode());
    }

    @Test
    void theHomePageSaysWhatTheGraphIsAndOffersTheEditor() throws Exception {
        String html = site.html("/");
        assertTrue(html.contains("events</a>") && html.contains("evidence quotes"), "counts per kind");
        assertTrue(html.contains("href=\"/graph/inferred\""), "counts per named graph");
        for (String entry : List.of("/timeline", "/map", "/disputes", "/search", "/sources", "/ontology", "/query")) {
            assertTrue(html.contains("href=\"" + entry + "\""), entry);
        }
        assertTrue(html.contains("href=\"/query?name=crisis-timeline#editor\""), "example queries open the editor");
        assertTrue(html.contains("<textarea id=\"query\"") && html.contains("<option value=\"crisis-timeline\">"),
                "the editor with the catalog's questions");
        assertTrue(html.contains("creativecommons.org/licenses/by/4.0/") && html.contains("LICENSE-2.0"), "the licences");
        String editor = site.html("/query?name=crisis-timeline");
        assertTrue(editor.contains("<option value=\"crisis-timeline\" selected>"));
        assertTrue(editor.contains("# Title: Crisis timeline"), "the question's text is in the editor");
    }

    @Test
    void aMissingPageAnswers404WithAHelpfulPage() throws Exception {
        HttpResponse<byte[]> r = site.get("/no/such/page", BROWSER);
        assertEquals(404, r.statusCode());
        assertTrue(text(r).contains("action=\"/search\""));
        PageChecks.selfContained("/no/such/page", text(r));
        assertEquals(405, site.send("POST", "/timeline").statusCode(), "pages are read-only");
    }

    /** The element with this id, up to the next section. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no element with id " + id);
        int end = html.indexOf("<section", start + 1);
        return html.substring(start, end < 0 ? html.length() : end);
    }

    static long count(String html, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(html).results().count();
    }
}
