package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * The bundled files under {@code /assets/} (styles, the editor's script, the icon), read once from the
 * class path. Only the files listed here are served: no directory is exposed.
 */
public final class Assets implements Handler {
    private static final Map<String, String> FILES = Map.of(
            "site.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "icon.svg", "image/svg+xml",
            "review.css", "text/css; charset=utf-8");

    private final Map<String, byte[]> content = new HashMap<>();
    private final NotFoundPage notFound;

    public Assets(NotFoundPage notFound) {
        this.notFound = notFound;
        for (String name : FILES.keySet()) {
            try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing asset on the class path: assets/" + name);
                }
                content.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        String name = ex.path().substring("/assets/".length());
        byte[] body = content.get(name);
        if (body == null) {
            notFound.handle(ex);
            return;
        }
        ex.header("Cache-Control", "no-cache");
        ex.header("Content-Security-Policy", Exchange.CSP);
        ex.send(HttpServletResponse.SC_OK, FILES.get(name), body);
    }
}
