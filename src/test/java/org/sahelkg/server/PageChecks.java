package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every page must be: self-contained and safe under the Content-Security-Policy. */
final class PageChecks {
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** A start tag whose attribute values are double-quoted (the templates quote every value). */
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=>/\"']+(?:=\"[^\"]*\")?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=>/\"']+)(?:=\"([^\"]*)\")?");
    private static final Set<String> LOADING = Set.of("script", "link", "img", "iframe", "object", "embed", "source",
            "audio", "video", "image", "use");

    private PageChecks() {
    }

    /**
     * No inline script, style or event handler; everything the page loads (scripts, styles, images) comes
     * from this server; links go to this server or to http(s) sites, never to {@code javascript:}. Text from
     * the data can only appear escaped, so every {@code <} of the page starts one of the page's own tags.
     */
    static void selfContained(String path, String html) {
        assertTrue(html.startsWith("<!DOCTYPE html>"), path + ": a document");
        Matcher tag = TAG.matcher(html);
        int tags = 0;
        while (tag.find()) {
            tags++;
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            assertFalse(name.equals("style"), path + ": a style element");
            boolean hasSrc = false;
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String attr = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : attribute.group(2);
                assertFalse(attr.startsWith("on"), path + ": an event handler in " + tag.group());
                assertFalse(attr.equals("style"), path + ": a style attribute in " + tag.group());
                if (attr.equals("src") || (attr.equals("href") && LOADING.contains(name))) {
                    hasSrc |= attr.equals("src");
                    assertTrue(value.startsWith("/") && !value.startsWith("//"), path + ": loads " + value + " from elsewhere");
                }
                if (attr.equals("href")) {
                    assertTrue((value.startsWith("/") && !value.startsWith("//")) || value.startsWith("#")
                            || value.startsWith("https://") || value.startsWith("http://"), path + ": links to " + value);
                }
            }
            if (name.equals("script")) {
                assertTrue(hasSrc, path + ": an inline script");
            }
        }
        long lessThans = html.chars().filter(c -> c == '<').count();
        long ends = Pattern.compile("</[a-zA-Z][a-zA-Z0-9-]*>").matcher(html).results().count();
        long comments = Pattern.compile("<!DOCTYPE html>").matcher(html).results().count();
        assertEquals(lessThans, tags + ends + comments, path + ": every < starts a tag of the page (no raw text from the data)");
    }
}
