package org.sahelkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Serves one file of the bundled query editor from the class path ({@code web/}), with its content
 * type and a Content-Security-Policy that only allows our own scripts, styles and requests.
 */
final class WebAssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    private final transient byte[] content;
    private final String contentType;

    WebAssetServlet(String resource) {
        String extension = resource.substring(resource.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        this.contentType = TYPES.getOrDefault(extension, "application/octet-stream");
        try (InputStream in = WebAssetServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing web asset on the class path: " + resource);
            }
            this.content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers(response);
        response.getOutputStream().write(content);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) {
        headers(response);
    }

    private void headers(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-cache");
    }
}
