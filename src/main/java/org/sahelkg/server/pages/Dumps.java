package org.sahelkg.server.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.server.graph.DumpWriter.Dump;
import org.sahelkg.server.graph.DumpWriter;

/**
 * The dumps of the served store, made once per store generation in a directory of that generation. When
 * they are missing, they are written in the background: {@code serve} starts that once it is ready (so that
 * starting is not slowed), and a request for a dump or for the VoID description (which gives their sizes
 * and checksums) starts it if needed and waits for it.
 */
public final class Dumps {
    private final DatasetGraph dataset;
    private final Path dir;
    private CompletableFuture<List<Dump>> ready;

    /** The dumps of {@code dataset} in {@code dir}; nothing is written before {@link #start()} or a request. */
    public Dumps(DatasetGraph dataset, Path dir) {
        this.dataset = dataset;
        this.dir = dir;
    }

    /** Starts writing the dumps in the background, unless they are there already or on their way. */
    public synchronized CompletableFuture<List<Dump>> start() {
        if (ready != null) {
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
        ready = CompletableFuture.supplyAsync(() -> {
            try {
                return DumpWriter.write(dataset, dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "sahel-kg-dumps");
            t.setDaemon(true);
            t.start();
        });
        return ready;
    }

    public Path dir() {
        return dir;
    }

    /** The dumps, waiting up to a minute for them to be written. */
    public List<Dump> list() throws IOException {
        try {
            return start().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the dumps were written", e);
        } catch (ExecutionException e) {
            throw new IOException("The dumps could not be written: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("The dumps are still being written; try again in a minute", e);
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
