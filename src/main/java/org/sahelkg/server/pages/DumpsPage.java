package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.sahelkg.server.graph.DumpWriter;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/**
 * The dumps ({@code /dumps/}): the list, and each file ({@code /dumps/sahel-kg.trig}, {@code
 * /dumps/SHA256SUMS}) with its media type, length and an ETag that is its SHA-256.
 */
public final class DumpsPage implements Handler {
    private final Site site;
    private final NotFoundPage notFound;

    public DumpsPage(Site site, NotFoundPage notFound) {
        this.site = site;
        this.notFound = notFound;
    }

    @Override
    public void handle(Exchange ex) throws IOException {
        try {
            answer(ex);
        } catch (Dumps.Unavailable e) {
            e.answer(ex);
        }
    }

    private void answer(Exchange ex) throws IOException {
        String name = ex.path().substring("/dumps/".length());
        if (name.isEmpty()) {
            site.page(ex, HttpServletResponse.SC_OK, "dumps", "Dumps", null, Map.of("dumps", site.dumps().list()));
            return;
        }
        if (name.contains("/") || name.startsWith(".")) {
            notFound.handle(ex);
            return;
        }
        Optional<Path> file = site.dumps().file(name);
        if (file.isEmpty()) {
            notFound.handle(ex);
            return;
        }
        String type = name.equals(DumpWriter.SUMS) ? "text/plain; charset=utf-8"
                : DumpWriter.KINDS.stream().filter(k -> k.name().equals(name)).findFirst()
                        .map(k -> k.mediaType() + (k.mediaType().equals("application/ld+json") ? "" : "; charset=utf-8"))
                        .orElse("application/octet-stream");
        site.dumps().list().stream().filter(d -> d.kind().name().equals(name)).findFirst()
                .ifPresent(d -> ex.header("ETag", "\"" + d.sha256() + "\""));
        ex.header("Content-Disposition", "inline; filename=\"" + name + "\"");
        ex.header("Access-Control-Allow-Origin", "*");
        ex.send(HttpServletResponse.SC_OK, type, Files.readAllBytes(file.get()));
    }
}
