package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 12, item 1 and "no response can run script", in Chromium (as {@link BrowserIT}, Debian's, nothing
 * downloaded): the {@code stylesheet=} injection the issue reports, word for word, and a payload in every
 * parameter of the SPARQL protocol and of the pages that the server reads. A payload that ran would open
 * an alert or set the document's title to {@code pwned-…}; neither may happen.
 */
class InjectionBrowserIT {
    /** The issue's URL: markup and script in the {@code <?xml-stylesheet?>} of an XML result. */
    static final String ISSUE = "/sparql?output=xml&query=ASK%7B%7D&stylesheet=x%22%20type%3D%22text/css%22%3F%3E"
            + "%3Cx%3Ascript%20xmlns%3Ax%3D%22http%3A//www.w3.org/1999/xhtml%22%3Ealert(document.domain)%3C/x%3Ascript%3E"
            + "%3C%3Fy%20z%3D%22";
    /** The parameters of the SPARQL protocol, Fuseki's included, that a server might write back. */
    static final List<String> PROTOCOL = List.of("stylesheet", "callback", "output", "format", "results", "force-accept",
            "accept", "timeout", "default-graph-uri", "named-graph-uri");
    /** The parameters the pages read, and a few they do not. */
    static final List<String> PAGE_PARAMETERS = List.of("q", "kind", "actor", "iri", "text", "format", "name", "type",
            "from", "to");
    /** The pages that read parameters, and one that reads none. */
    static final List<String> PAGES = List.of("/", "/search", "/timeline", "/explain", "/query", "/id/country/xland.html");

    static TestSite site;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        profile = Files.createTempDirectory("sahel-kg-chromium");
        site = TestSite.start(TestSite.fixture("/xss/xss.trig"));
        driver = BrowserIT.chromium(profile);
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            BrowserIT.quit(driver, profile);
        } finally {
            if (site != null) {
                site.close();
            }
        }
    }

    /** Markup that breaks out of a processing instruction, an attribute or text, and runs {@code n}. */
    static List<String> payloads(int n) {
        String run = "document.title='pwned-" + n + "';alert(" + n + ")";
        return List.of(
                "x\" type=\"text/css\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">" + run + "</x:script><?y z=\"",
                "\"'><script>" + run + "</script><img src=x onerror=\"" + run + "\">",
                "javascript:" + run);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Loads {@code path} and records a failure when a script of the payloads ran. */
    static void load(List<String> failures, String path) {
        try {
            driver.get(site.base() + path);
            try {
                String text = driver.switchTo().alert().getText();
                driver.switchTo().alert().dismiss();
                failures.add(path + " opened an alert: " + text);
                return;
            } catch (NoAlertPresentException expected) {
                // Nothing ran.
            }
            Object title = driver.executeScript("return document.title");
            if (String.valueOf(title).startsWith("pwned")) {
                failures.add(path + " ran a script: the title is " + title);
            }
        } catch (UnhandledAlertException e) {
            failures.add(path + " opened an alert: " + e.getAlertText());
            try {
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException gone) {
                // Dismissed already by the driver.
            }
        }
    }

    @Test
    void theIssuesStylesheetInjectionRunsNoScript() {
        List<String> failures = new ArrayList<>();
        load(failures, ISSUE);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void noParameterOfTheProtocolRunsScript() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String parameter : PROTOCOL) {
            for (String payload : payloads(++n)) {
                for (String output : List.of("&output=xml", "")) {
                    String more = parameter.equals("output") || parameter.equals("format") ? "" : output;
                    load(failures, "/sparql?query=ASK%7B%7D" + more + "&" + parameter + "=" + encode(payload));
                }
            }
        }
        // The query itself, whose text and answers hold the payload.
        for (String payload : payloads(++n)) {
            String literal = payload.replace("\\", "\\\\").replace("\"", "\\\"");
            for (String output : List.of("xml", "json", "csv", "tsv", "text")) {
                load(failures, "/sparql?output=" + output + "&query=" + encode("SELECT (\"" + literal + "\" AS ?x) {}"));
            }
            load(failures, "/sparql?output=xml&query=" + encode(payload));
        }
        assertTrue(failures.isEmpty(), failures.size() + " scripts ran:\n" + String.join("\n", failures));
    }

    @Test
    void noParameterOfThePagesRunsScript() {
        List<String> failures = new ArrayList<>();
        int n = 100;
        for (String page : PAGES) {
            for (String parameter : PAGE_PARAMETERS) {
                // Pages are HTML: the processing instruction's breakout is the protocol's concern.
                for (String payload : payloads(++n).subList(1, 3)) {
                    load(failures, page + "?" + parameter + "=" + encode(payload));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " scripts ran:\n" + String.join("\n", failures));
    }
}
