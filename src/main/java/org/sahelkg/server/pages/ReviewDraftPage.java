package org.sahelkg.server.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sahelkg.ingest.ReviewPage;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * {@code /review?draft=NAME}: an ingest draft of the drafts directory ({@code serve --drafts DIR}, a local
 * server only), its text with what ingest found marked and the candidates beside it; {@code /review} lists the
 * drafts. A name is one path segment of letters, digits, dots, hyphens and underscores; nothing outside the
 * directory is read.
 */
public final class ReviewDraftPage implements Handler {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern TEXT = Pattern.compile("[0-9]{3}_[0-9a-f]{16}\\.txt");
    private final Path drafts;
    private final NotFoundPage notFound;
    private final ObjectMapper json = new ObjectMapper();

    public ReviewDraftPage(Path drafts, NotFoundPage notFound) {
        this.drafts = drafts.toAbsolutePath().normalize();
        this.notFound = notFound;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String name = ex.param("draft");
        if (name == null) {
            list(ex);
            return;
        }
        Path dir = drafts.resolve(NAME.matcher(name).matches() ? name : ".").normalize();
        Path file = dir.resolve("draft.json");
        if (!NAME.matcher(name).matches() || !dir.getParent().equals(drafts) || !Files.isRegularFile(file)) {
            notFound.handle(ex);
            return;
        }
        JsonNode draft = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        String textName = draft.path("source").path("file").asText();
        Path text = dir.resolve(TEXT.matcher(textName).matches() ? textName : "missing.txt");
        if (!draft.has("candidates") || !Files.isRegularFile(text)) {
            ex.text(HttpServletResponse.SC_UNPROCESSABLE_CONTENT, "The draft " + name + " has no text beside it, or "
                    + "is not a draft written by ingest.\n");
            return;
        }
        String html = ReviewPage.render(Files.readString(text, StandardCharsets.UTF_8), draft, "/assets/review.css");
        ex.header("Content-Security-Policy", Exchange.CSP);
        ex.header("Cache-Control", "no-store");
        ex.send(HttpServletResponse.SC_OK, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private void list(Exchange ex) throws IOException {
        List<String> names;
        try (Stream<Path> dirs = Files.list(drafts)) {
            names = dirs.filter(d -> Files.isRegularFile(d.resolve("draft.json")))
                    .map(d -> d.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).sorted().toList();
        }
        StringBuilder items = new StringBuilder();
        for (String n : names) {
            items.append("<li><a href=\"/review?draft=").append(n).append("\">").append(n).append("</a></li>");
        }
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>Drafts to review</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/review.css\"></head><body><h1>Drafts to review</h1>"
                + (names.isEmpty() ? "<p>No draft yet: run <code>ingest ARTICLE --out DIR/NAME</code>.</p>"
                        : "<ul>" + items + "</ul>") + "</body></html>\n";
        ex.header("Content-Security-Policy", Exchange.CSP);
        ex.send(HttpServletResponse.SC_OK, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }
}
