package org.sahelkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.http.HttpException;
import org.sahelkg.server.http.Exchange;
import org.sahelkg.server.http.Handler;
import org.sahelkg.server.pages.Site;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every path but the SPARQL endpoint and the ping: routes a request to the handler of its kind of page
 * or document, inside one read transaction, and turns a failure into a plain 500 page. Only GET and HEAD
 * are answered.
 */
final class SiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SiteServlet.class);

    /** A path test and the handler for the paths it accepts. */
    record Route(Predicate<String> accepts, Handler handler) {
        static Route exact(String path, Handler handler) {
            return new Route(path::equals, handler);
        }

        static Route prefix(String prefix, Handler handler) {
            return new Route(p -> p.startsWith(prefix), handler);
        }

        /** {@code /ontology} and its documents {@code /ontology.ttl} … */
        static Route document(String path, Handler handler) {
            return new Route(p -> p.equals(path) || (p.startsWith(path + ".") && p.indexOf('/', path.length()) < 0),
                    handler);
        }
    }

    private final transient Site site;
    private final transient List<Route> routes;
    private final transient Handler notFound;

    SiteServlet(Site site, List<Route> routes, Handler notFound) {
        this.site = site;
        this.routes = List.copyOf(routes);
        this.notFound = notFound;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        Exchange ex = new Exchange(request, response);
        Handler handler = route(ex.path());
        if (!method.equals("GET") && !method.equals("HEAD")) {
            if (handler == notFound) {
                ex.text(HttpServletResponse.SC_NOT_FOUND, "404 Not Found\n");
            } else {
                response.setHeader("Allow", "GET, HEAD");
                ex.text(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "405 Method Not Allowed: pages are read-only\n");
            }
            return;
        }
        try {
            Txn.executeRead(site.dataset(), () -> {
                try {
                    handler.handle(ex);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            if (!response.isCommitted()) {
                fail(ex, e);
            }
        } catch (HttpException.RuntimeException | HttpException.IllegalArgumentException
                 | HttpException.IllegalStateException e) {
            // What the client sent is wrong (a parameter that is not UTF-8): PlainErrors answers it in one line.
            throw e;
        } catch (QueryCancelledException e) {
            // The page's deadline passed (Site.kg, Explainer): the same 503 as a query's timeout, one log line.
            LOG.warn("{} {}: stopped at the timeout of {} ms", method, ex.path(), site.timeout().toMillis());
            if (!response.isCommitted()) {
                ex.response().reset();
                site.unavailable(ex, "this page took longer than the server's timeout (" + site.timeout().toMillis()
                        + " ms)");
            }
        } catch (RuntimeException e) {
            LOG.error("Failed to answer {} {}", method, ex.path(), e);
            if (!response.isCommitted()) {
                fail(ex, e);
            }
        }
    }

    private Handler route(String path) {
        for (Route r : routes) {
            if (r.accepts().test(path)) {
                return r.handler();
            }
        }
        return notFound;
    }

    private void fail(Exchange ex, Exception e) throws IOException {
        ex.response().reset();
        try {
            site.page(ex, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error", "Something went wrong", null,
                    Map.of("message", String.valueOf(e.getMessage())));
        } catch (RuntimeException again) {
            ex.text(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "500: " + e.getMessage() + "\n");
        }
    }
}
