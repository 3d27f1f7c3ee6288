package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.server.graph.DumpWriter.Dump;
import org.sahelkg.server.graph.DumpWriter;
import org.sahelkg.server.http.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dumps of the served store, made once per store generation in a directory of that generation. When
 * they are missing, they are written in the background: {@code serve} starts that once it is ready (so that
 * starting is not slowed), and a request for a dump or for the VoID description (which gives their sizes
 * and checksums) starts it if needed and waits for it. A write that fails is tried again by a later request,
 * after a back-off; until then those requests get 503 with {@code Retry-After} (issue 12, item 5).
 */
public final class Dumps {
    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
    /** The wait before the first retry of a failed write, doubled after each failure up to {@link #MAX_BACKOFF}. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    private final DatasetGraph dataset;
    private final Path dir;
    private CompletableFuture<List<Dump>> ready;
    /** When a failed write may be tried again ({@link System#nanoTime()}), and the wait after the next failure. */
    private long retryAt;
    private Duration backoff = FIRST_BACKOFF;

    /** The dumps of {@code dataset} in {@code dir}; nothing is written before {@link #start()} or a request. */
    public Dumps(DatasetGraph dataset, Path dir) {
        this.dataset = dataset;
        this.dir = dir;
    }

    /**
     * Starts writing the dumps in the background, unless they are there already or on their way; after a failed
     * write (a full disk, an unwritable directory), starts again once its back-off has passed, so the dumps come
     * back without a restart. One write at a time.
     */
    public synchronized CompletableFuture<List<Dump>> start() {
        if (ready != null && !(ready.isCompletedExceptionally() && System.nanoTime() - retryAt >= 0)) {
            return ready;
        }
        try {
            List<Dump> existing = DumpWriter.read(dir);
            if (!existing.isEmpty()) {
                ready = CompletableFuture.completedFuture(existing);
                return ready;
            }
        } catch (IOException e) {
            // Write them again below.
        }
        ready = CompletableFuture.supplyAsync(this::write, runnable -> {
            Thread t = new Thread(runnable, "sahel-kg-dumps");
            t.setDaemon(true);
            t.start();
        });
        return ready;
    }

    /** One write; a failure sets when the next may start (before the future fails, so waiters see it). */
    private List<Dump> write() {
        try {
            List<Dump> dumps = DumpWriter.write(dataset, dir);
            synchronized (this) {
                backoff = FIRST_BACKOFF;
            }
            return dumps;
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                retryAt = System.nanoTime() + backoff.toNanos();
                LOG.warn("the dumps could not be written in {}: {}; trying again on a request after {} s", dir, e,
                        backoff.toSeconds());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Whole seconds, at least one, until a failed write may be tried again. */
    private synchronized long secondsToRetry() {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(retryAt - System.nanoTime() + 999_999_999L));
    }

    public Path dir() {
        return dir;
    }

    /** The dumps, waiting up to a minute for them to be written; {@link Unavailable} when they cannot be had now. */
    public List<Dump> list() throws IOException {
        try {
            return start().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the dumps were written", e);
        } catch (ExecutionException e) {
            throw new Unavailable("the dumps cannot be written now", secondsToRetry(), e.getCause());
        } catch (TimeoutException e) {
            throw new Unavailable("the dumps are still being written", 60, e);
        }
    }

    /** The dumps cannot be had now; a client may ask again after {@link #retryAfterSeconds()}. */
    public static final class Unavailable extends IOException {
        private static final long serialVersionUID = 1L;
        private final long retryAfterSeconds;

        Unavailable(String message, long retryAfterSeconds, Throwable cause) {
            super(message, cause);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        /**
         * Answers 503 with {@code Retry-After} and one line that names no path of the server (the cause is in
         * the log, once per failed write).
         */
        public void answer(Exchange ex) throws IOException {
            ex.header("Retry-After", Long.toString(retryAfterSeconds));
            ex.text(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "503 Service Unavailable: " + getMessage()
                    + "; try again in " + retryAfterSeconds + " s\n");
        }
    }

    /** The file of a dump by name ({@code sahel-kg.ttl} or {@code SHA256SUMS}), once written. */
    public Optional<Path> file(String name) throws IOException {
        List<Dump> dumps = list();
        if (name.equals(DumpWriter.SUMS) || dumps.stream().anyMatch(d -> d.kind().name().equals(name))) {
            Path file = dir.resolve(name);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Waits for a write in progress to end (before the store is closed). */
    public void awaitQuietly() {
        CompletableFuture<List<Dump>> pending;
        synchronized (this) {
            pending = ready;
        }
        if (pending == null) {
            return;
        }
        try {
            pending.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Nothing to wait for.
        }
    }
}
