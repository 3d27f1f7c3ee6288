package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.sahelkg.server.graph.DocFormat;
import org.sahelkg.server.http.Conneg;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/** 404: a page that helps (search for the name in the path, or start from the home page), or plain text. */
public final class NotFoundPage implements Handler {
    private final Site site;

    public NotFoundPage(Site site) {
        this.site = site;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        send(ex, "Nothing here", "There is no page at this address.");
    }

    /** A 404 with a message, as HTML for a browser and as text for any other client. */
    public void send(Exchange ex, String title, String message) throws IOException {
        Optional<DocFormat> wanted = Conneg.choose(ex.accept(), java.util.List.of(DocFormat.HTML));
        if (wanted.isEmpty()) {
            ex.text(HttpServletResponse.SC_NOT_FOUND, "404 Not Found: " + message + "\n");
            return;
        }
        String path = ex.path();
        String guess = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[a-z]+$", "").replace('-', ' ');
        site.page(ex, HttpServletResponse.SC_NOT_FOUND, "notfound", title, null,
                Map.of("message", message, "path", path, "guess", guess));
    }
}
