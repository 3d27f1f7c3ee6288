package org.sahelkg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sahelkg.server.pages.Site;

/**
 * Fair share and bounded bodies, before anything else runs:
 * <ul>
 *   <li>a request body larger than {@code maxBody} bytes is answered 413, one of unknown length (chunked)
 *   411, unread;</li>
 *   <li>each client address may have at most {@code maxPerClient} requests in progress (every path but
 *   {@code /$/ping} and {@code /assets/}); one more waits up to {@link #GRACE_MILLIS} ms for a place, then
 *   is answered 429 with {@code Retry-After}, instead of queueing without bound;</li>
 *   <li>at most {@code maxQueries} SPARQL queries run at once, whoever sends them; one more waits up to
 *   {@link #GRACE_MILLIS} ms, then is answered 503 with {@code Retry-After}, so that queries never take all
 *   of Jetty's threads and pages and {@code /$/ping} still answer.</li>
 * </ul>
 * The client address is the TCP peer's: {@code X-Forwarded-For} is ignored, since anyone can write it.
 * Every refusal closes the connection ({@code Connection: close}) without waiting for the rest of the body: a
 * client refused is not worth a thread, and a slow one would hold it (issue 12, item 2); what has already
 * arrived of a refused body is dropped first, so that the close does not reset the connection under the answer. Bodies within the
 * limit have arrived whole before this filter runs ({@link SlowClients}).
 */
final class RequestLimits extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** How long a request over the per-client limit waits for a place before the 429. */
    static final long GRACE_MILLIS = 250;
    /** The {@code Retry-After} of a 429, in seconds. */
    static final int RETRY_AFTER_SECONDS = Site.RETRY_AFTER_SECONDS;
    /** The most of a refused body read (without waiting) before the connection closes: see discardArrived. */
    static final int DISCARD_BYTES = 64 * 1024;

    private final int maxPerClient;
    private final int maxQueries;
    private final String queryPath;
    private final Semaphore queries;
    private final long maxBody;
    private final ConcurrentHashMap<String, Integer> inProgress = new ConcurrentHashMap<>();

    RequestLimits(int maxPerClient, int maxQueries, String queryPath, long maxBody) {
        if (maxPerClient < 1 || maxQueries < 1 || maxBody < 1) {
            throw new IllegalArgumentException("Limits must be at least 1: " + maxPerClient + ", " + maxQueries
                    + ", " + maxBody);
        }
        this.maxPerClient = maxPerClient;
        this.maxQueries = maxQueries;
        this.queryPath = queryPath;
        this.queries = new Semaphore(maxQueries);
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > maxBody) {
            response.setHeader("Connection", "close");
            refuse(response, 413, "the request body has " + length + " bytes; this server accepts at most "
                    + maxBody + " (serve --max-body)");
            discardArrived(request);
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            response.setHeader("Connection", "close");
            refuse(response, 411, "a request body must come with a Content-Length (at most " + maxBody + " bytes)");
            discardArrived(request);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/$/ping") || path.startsWith("/assets/")) {
            chain.doFilter(request, response);
            return;
        }
        String client = request.getRemoteAddr();
        if (!enter(client)) {
            response.setHeader("Connection", "close");
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            refuse(response, 429, "too many requests in progress from " + client + " (at most " + maxPerClient
                    + " at once); retry after " + RETRY_AFTER_SECONDS + " s");
            return;
        }
        try {
            if (path.equals(queryPath) || path.startsWith(queryPath + "/")) {
                query(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            leave(client);
        }
    }

    private void query(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean taken;
        try {
            taken = queries.tryAcquire(GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            response.setHeader("Connection", "close");
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            refuse(response, 503, "the server is answering as many queries as it may (" + maxQueries
                    + "); retry after " + RETRY_AFTER_SECONDS + " s");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            queries.release();
        }
    }

    /** Takes a place for {@code client}, waiting up to the grace period; false when none came free. */
    private boolean enter(String client) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        while (true) {
            boolean[] taken = {false};
            inProgress.compute(client, (k, n) -> {
                int now = n == null ? 0 : n;
                if (now < maxPerClient) {
                    taken[0] = true;
                    return now + 1;
                }
                return n;
            });
            if (taken[0]) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private void leave(String client) {
        inProgress.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    /** Requests in progress for {@code client} (tests). */
    int inProgress(String client) {
        return inProgress.getOrDefault(client, 0);
    }

    /**
     * Reads and drops what has already arrived of a refused body, at most {@link #DISCARD_BYTES}, without waiting
     * for more: closing a connection with unread bytes in its receive buffer resets it, and a client still
     * writing its body (the JDK's HttpClient sends a chunked body right after the headers) then sees a broken
     * pipe instead of the refusal. Only bytes already there are read, so a slow client holds no thread.
     */
    private static void discardArrived(HttpServletRequest request) {
        try {
            var in = request.getInputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            int n;
            while (total < DISCARD_BYTES && in.isReady() && in.available() > 0
                    && (n = in.read(buffer, 0, Math.min(buffer.length, DISCARD_BYTES - total))) > 0) {
                total += n;
            }
        } catch (IOException | IllegalStateException e) {
            // The connection closes anyway; what was not read is the client's loss, not the server's.
        }
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().println(status + ": " + message);
    }
}
