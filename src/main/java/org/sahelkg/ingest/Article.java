package org.sahelkg.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sahelkg.SahelKgException;

/**
 * An article as {@code ingest} reads it: UTF-8 plain text as it is, or HTML reduced to the text of its headings,
 * paragraphs, list items and quotations, without scripts, navigation, headers, footers, asides, forms and the
 * blocks whose class or id says share, related, comment, newsletter, promo, advert, cookie, menu or social.
 */
public record Article(String text, String title, boolean html) {
    private static final Pattern BOILERPLATE_CLASS = Pattern.compile(
            "(?i)share|related|comment|newsletter|promo|advert|cookie|menu|breadcrumb|social|subscribe|footer|nav");
    private static final String BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,figcaption,pre";

    public static Article read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SahelKgException("cannot read the article " + file + ": " + e.getMessage());
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SahelKgException(file + ": expected UTF-8 text, found bytes that are not UTF-8 ("
                    + e.getMessage() + ")");
        }
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String head = raw.stripLeading().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || head.startsWith("<!doctype html")
                || head.startsWith("<html")) {
            return fromHtml(raw);
        }
        String title = raw.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return new Article(raw.replace("\r\n", "\n"), title.length() <= 200 ? title : title.substring(0, 200), false);
    }

    static Article fromHtml(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script,style,noscript,nav,header,footer,aside,form,iframe,svg,button,template").remove();
        for (Element e : doc.select("[class],[id]")) {
            if (e.parent() != null && (BOILERPLATE_CLASS.matcher(e.className()).find()
                    || BOILERPLATE_CLASS.matcher(e.id()).find()) && !e.tagName().equals("body")
                    && !e.tagName().equals("html") && !e.tagName().equals("article") && !e.tagName().equals("main")) {
                e.remove();
            }
        }
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> blocks = new ArrayList<>();
        for (Element e : root.select(BLOCKS)) {
            boolean nested = false;
            for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
                if (p.is(BLOCKS)) {
                    nested = true;
                    break;
                }
            }
            String t = e.text().strip();
            if (!nested && !t.isEmpty()) {
                blocks.add(t);
            }
        }
        String text = blocks.isEmpty() ? root.text() : String.join("\n\n", blocks);
        Element h1 = doc.selectFirst("h1");
        String title = !doc.title().isBlank() ? doc.title().strip() : h1 != null ? h1.text().strip() : "";
        return new Article(text + "\n", title, true);
    }
}
