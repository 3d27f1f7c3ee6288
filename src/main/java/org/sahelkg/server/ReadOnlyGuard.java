package org.sahelkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the public endpoint read-only with plain answers. The endpoint is configured with the SPARQL
 * Query operation only, so Fuseki itself would refuse writes, but with 400 or 415; this filter answers
 * every attempt to write (SPARQL Update by form or body, Graph Store or upload POST, PUT, DELETE, PATCH)
 * with 405 before Fuseki sees it, and refuses JSONP ({@code callback=}), which would let a page run our
 * responses as script, and {@code stylesheet=}, which Fuseki's XML writer would copy unescaped into the answer.
 */
final class ReadOnlyGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String ALLOW = "GET, POST, OPTIONS";
    private static final Set<String> QUERY_CONTENT_TYPES =
            Set.of("application/sparql-query", "application/x-www-form-urlencoded");

    private static final Map<String, String> REFUSED_PARAMETERS = Map.of(
            "callback", "JSONP (callback=) is not supported",
            "stylesheet", "stylesheet= is not supported: XML results name no stylesheet");

    private final String endpointPath;

    ReadOnlyGuard(String endpointPath) {
        this.endpointPath = endpointPath;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(endpointPath) && !path.startsWith(endpointPath + "/")) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        switch (method) {
            case "GET", "HEAD", "OPTIONS" -> {
                if (refusedParameter(request, response)) {
                    return;
                }
            }
            case "POST" -> {
                String type = baseType(request.getContentType());
                if (type != null && !QUERY_CONTENT_TYPES.contains(type)) {
                    refuseWrite(request, response, "this endpoint is read-only; " + type + " is not a SPARQL query");
                    return;
                }
                if (request.getParameter("update") != null) {
                    refuseWrite(request, response, "this endpoint is read-only; SPARQL Update is not available");
                    return;
                }
                if (refusedParameter(request, response)) {
                    return;
                }
            }
            default -> {
                refuseWrite(request, response, "this endpoint is read-only; " + method + " is not allowed");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Refuses the protocol's parameters that would make Fuseki write what the client sent into the answer:
     * JSONP's {@code callback=} (our answers run as a script in another site's page) and {@code stylesheet=},
     * which Fuseki's XML writer puts unescaped into {@code <?xml-stylesheet?>}, so that a link to an XML answer
     * can carry markup and script run in our origin.
     */
    private static boolean refusedParameter(HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (var p : REFUSED_PARAMETERS.entrySet()) {
            if (request.getParameter(p.getKey()) != null) {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, p.getValue());
                return true;
            }
        }
        return false;
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return base.strip().toLowerCase(Locale.ROOT);
    }

    private static void refuseWrite(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        response.setHeader("Allow", ALLOW);
        refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, message);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println(status + ": " + message);
    }
}
