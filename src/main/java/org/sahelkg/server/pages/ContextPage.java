package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sahelkg.server.graph.JsonLdWriter;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;

/** The published JSON-LD context ({@code /context.jsonld}) that the JSON-LD documents refer to. */
public final class ContextPage implements Handler {
    private final byte[] context = JsonLdWriter.contextBytes();

    @Override
    public void handle(Exchange ex) throws IOException {
        ex.header("Access-Control-Allow-Origin", "*");
        ex.send(HttpServletResponse.SC_OK, "application/ld+json", context);
    }
}
