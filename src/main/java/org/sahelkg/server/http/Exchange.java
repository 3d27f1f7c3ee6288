package org.sahelkg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.sahelkg.server.graph.DocFormat;

/**
 * One request and its response, with the few answers pages give: a body of bytes, a See Other, a
 * Not Acceptable listing what is. Every body is buffered first, so a failure while rendering never sends
 * half a page with a 200.
 */
public final class Exchange {
    /** The policy every page can live with: nothing but our own files, no inline script or style. */
    public static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String path;

    public Exchange(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        this.path = uri.substring(context == null ? 0 : context.length());
    }

    /** The request path, undecoded, from the root ({@code /id/country/mali}). */
    public String path() {
        return path;
    }

    public String method() {
        return request.getMethod();
    }

    /** A query or form parameter, or null. */
    public String param(String name) {
        return request.getParameter(name);
    }

    /** Every value of a repeated query or form parameter ({@code ?actor=a&actor=b}), or an empty array. */
    public String[] params(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    /** The Accept header, empty when absent. */
    public String accept() {
        return header("Accept").orElse("");
    }

    /** The origin this request came to, such as {@code http://localhost:3030}. */
    public String origin() {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    public HttpServletResponse response() {
        return response;
    }

    public void header(String name, String value) {
        response.setHeader(name, value);
    }

    public void addHeader(String name, String value) {
        response.addHeader(name, value);
    }

    /** Sends a complete body. HEAD gets the headers only. */
    public void send(int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        if (!"HEAD".equals(method())) {
            OutputStream out = response.getOutputStream();
            out.write(body);
        }
    }

    /** Sends what {@code body} writes, buffered first. */
    public void send(int status, String contentType, BodyWriter body) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        body.write(buffer);
        send(status, contentType, buffer.toByteArray());
    }

    /** Writes a response body. */
    @FunctionalInterface
    public interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    public void text(int status, String text) throws IOException {
        send(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** 303 See Other to {@code location}, which depends on Accept. */
    public void seeOther(String location) throws IOException {
        response.setHeader("Location", location);
        response.setHeader("Vary", "Accept");
        text(HttpServletResponse.SC_SEE_OTHER, "303 See Other: " + location + "\n");
    }

    /** 406 Not Acceptable, listing the formats there are and where. */
    public void notAcceptable(String documentBase, List<DocFormat> offers) throws IOException {
        response.setHeader("Vary", "Accept");
        StringBuilder sb = new StringBuilder("406 Not Acceptable: none of the formats in Accept (")
                .append(accept()).append(") is available. Available:\n");
        for (DocFormat f : offers) {
            sb.append("  ").append(f.mediaType()).append("  ").append(documentBase).append('.').append(f.extension())
                    .append('\n');
        }
        sb.append("Or ask for one with ?format=").append(DocFormat.names()).append('\n');
        text(HttpServletResponse.SC_NOT_ACCEPTABLE, sb.toString());
    }
}
