package org.sahelkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Disk space for a new generation, and a write that cannot hang when it runs out. TDB2's bulk loaders write
 * through memory-mapped files from threads of their own: on a full disk the kernel answers a page fault with
 * SIGBUS, Java turns it into an {@link InternalError} that kills the loader thread, and the thread feeding it
 * waits for it forever (issue 12, item 5). So the write runs in a thread group of its own, whose threads'
 * deaths end the wait, and a full disk is one line saying so; the caller deletes the partial generation.
 */
final class Space {
    /** What a generation needs besides its quads: the empty indexes, node table and journal. */
    static final long BASE_BYTES = 1L << 20;
    /**
     * Disk per quad, measured on this project's graph (5.0 MB on disk for 13,484 quads: six quad indexes, the
     * node table and its index), rounded up.
     */
    static final long BYTES_PER_QUAD = 320;
    private static final long MB = 1L << 20;
    /** How long a failed write's threads get to stop before they are abandoned (daemon threads die at exit). */
    private static final long ABANDON_MILLIS = 2_000;

    private Space() {
    }

    /** About how many bytes a generation of {@code quads} quads takes on disk. */
    static long needed(long quads) {
        return BASE_BYTES + BYTES_PER_QUAD * quads;
    }

    /** Refuses, before anything is written, when {@code dir}'s file system has less than {@code needed} free. */
    static void check(Path dir, long needed) {
        long free = usable(dir);
        if (free >= 0 && free < needed) {
            throw full(dir, free, needed);
        }
    }

    /** The one line a full disk gives: where, how much is free and needed, that nothing changed, what to do. */
    static StoreException full(Path dir, long free, long needed) {
        return new StoreException("load failed: no space left on device in " + dir + " (" + free / MB
                + " MB free, about " + (needed + MB - 1) / MB + " MB needed): the store is unchanged; free space and "
                + "run load again");
    }

    /**
     * Runs {@code write} in a thread group of its own and returns when it has ended, or as soon as any of its
     * threads (the loader's included) has died of an exception: that failure is thrown, as {@link #full} when it
     * is the disk's, else as it was (an {@link Error} as a {@link StoreException} naming it).
     */
    static void watched(Runnable write, Path dir, long needed) {
        Watch watch = new Watch();
        Thread writer = new Thread(watch, () -> {
            try {
                write.run();
            } catch (RuntimeException | Error e) {
                watch.failed(e);
            }
        }, "sahel-kg-store-writer");
        writer.setDaemon(true);
        writer.start();
        try {
            while (writer.isAlive() && watch.failure.get() == null) {
                writer.join(100);
            }
        } catch (InterruptedException e) {
            writer.interrupt();
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while writing a new generation in " + dir, e);
        }
        Throwable failure = watch.failure.get();
        if (failure == null) {
            return;
        }
        writer.interrupt();
        try {
            writer.join(ABANDON_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long free = usable(dir);
        if (outOfSpace(failure) || (free >= 0 && free < needed)) {
            throw full(dir, free, needed);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw new StoreException("Cannot write a new generation in " + dir + ": " + failure, failure);
    }

    /**
     * Records a failure of the write running in this thread before the loader is asked to clean up, which may
     * itself wait for dead threads; nothing happens outside {@link #watched}.
     */
    static void failing(Throwable e) {
        if (Thread.currentThread().getThreadGroup() instanceof Watch watch) {
            watch.failed(e);
        }
    }

    /** A full disk, as Java reports it: ENOSPC or EDQUOT from a write, or SIGBUS from a mapped file. */
    static boolean outOfSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof InternalError && message.contains("unsafe memory access")
                    || message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static long usable(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    /**
     * The threads of one write: TDB2's loader threads are started by the writer with {@code new Thread}, so they
     * join its group, and their uncaught exceptions come here instead of printing a trace each.
     */
    private static final class Watch extends ThreadGroup {
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Watch() {
            super("sahel-kg-store-writer");
        }

        void failed(Throwable e) {
            failure.compareAndSet(null, e);
        }

        @Override
        public void uncaughtException(Thread t, Throwable e) {
            failed(e);
        }
    }
}
