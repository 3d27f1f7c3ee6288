package org.sahelkg.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * What a slow or greedy client may hold: Jetty's idle timeout closes a silent connection, but one byte
 * every few seconds keeps it alive forever, and a servlet reading a trickling body holds a thread all the
 * while. So, at the connector and in front of the servlets:
 * <ul>
 *   <li>each client address may have at most {@code maxPerAddress} connections open; one more is closed at
 *   once (see {@link Listener});</li>
 *   <li>a request head must arrive within {@code headerTimeout} of its first byte;</li>
 *   <li>a request body is read by Jetty without a thread ({@link EagerContentHandler}), and must arrive
 *   within {@code bodyTimeout} plus one second per {@code minBodyRate} bytes of its length, so that the
 *   servlets (and the per-client and query limits of {@link RequestLimits}) see only complete requests.</li>
 * </ul>
 * A connection past a deadline is closed. The deadlines are checked by one sweep a second.
 */
final class SlowClients extends AbstractLifeCycle {
    private static final long SWEEP_MILLIS = 1000;
    private final int maxPerAddress;
    private final long headerNanos;
    private final long bodyNanos;
    private final long minBodyRate;
    private final long maxBody;
    private final ConcurrentHashMap<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Connection, Watch> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService sweeper;

    /** What is known of one connection's current request, read by the sweep. */
    private static final class Watch {
        final InetAddress address;
        volatile boolean handling;
        /** When bytes of a head not yet handled were first seen, or 0. */
        volatile long headSince;
        /** {@link Connection#getBytesIn()} when the last request ended. */
        volatile long bytesAtRest;
        /** By when the body of the request in progress must have arrived, or 0. */
        volatile long bodyBy;

        Watch(InetAddress address) {
            this.address = address;
        }
    }

    SlowClients(int maxPerAddress, Duration headerTimeout, Duration bodyTimeout, long minBodyRate, long maxBody) {
        if (maxPerAddress < 1 || minBodyRate < 1) {
            throw new IllegalArgumentException("Limits must be at least 1: " + maxPerAddress + ", " + minBodyRate);
        }
        this.maxPerAddress = maxPerAddress;
        this.headerNanos = headerTimeout.toNanos();
        this.bodyNanos = bodyTimeout.toNanos();
        this.minBodyRate = minBodyRate;
        this.maxBody = maxBody;
    }

    /** The listener to add to each connector. */
    Connection.Listener listener() {
        return new Listener();
    }

    /**
     * {@code next} behind the deadlines: a body within the size limit is read in full, without a thread,
     * before {@code next} is called; one over it (or of unknown length) goes straight on, to be refused.
     */
    Handler handler(Handler next) {
        EagerContentHandler eager = new EagerContentHandler(new BodyArrived(next),
                new EagerContentHandler.RetainedContentLoaderFactory(maxBody, -1, false));
        eager.include(this::readFirst);
        return new HeadArrived(eager);
    }

    /** Whether the body is read whole before the servlets run: one of known length within the limit. */
    private boolean readFirst(Request request) {
        long length = request.getLength();
        return length > 0 && length <= maxBody;
    }

    /** Counts connections per address, closing those beyond the share, and watches the others. */
    private final class Listener implements Connection.Listener {
        @Override
        public void onOpened(Connection connection) {
            InetAddress address = address(connection.getEndPoint().getRemoteSocketAddress());
            if (address == null) {
                return;
            }
            int now = perAddress.merge(address, 1, Integer::sum);
            watched.put(connection, new Watch(address));
            if (now > maxPerAddress) {
                connection.getEndPoint().close(new TimeoutException("more than " + maxPerAddress
                        + " connections from " + address.getHostAddress()));
            }
        }

        @Override
        public void onClosed(Connection connection) {
            Watch watch = watched.remove(connection);
            if (watch != null) {
                perAddress.computeIfPresent(watch.address, (k, n) -> n <= 1 ? null : n - 1);
            }
        }
    }

    private static InetAddress address(SocketAddress socket) {
        return socket instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }

    /** Marks the head of a request as arrived and sets its body's deadline; unmarks it at the end. */
    private final class HeadArrived extends Handler.Wrapper {
        HeadArrived(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Connection connection = request.getConnectionMetaData().getConnection();
            Watch watch = watched.get(connection);
            if (watch == null) {
                return super.handle(request, response, callback);
            }
            watch.handling = true;
            watch.headSince = 0;
            watch.bodyBy = readFirst(request)
                    ? System.nanoTime() + bodyNanos + TimeUnit.SECONDS.toNanos(1) * request.getLength() / minBodyRate
                    : 0;
            Callback done = Callback.from(() -> {
                watch.bodyBy = 0;
                watch.bytesAtRest = connection.getBytesIn();
                watch.handling = false;
            }, callback);
            if (!super.handle(request, response, done)) {
                watch.bodyBy = 0;
                watch.handling = false;
                return false;
            }
            return true;
        }
    }

    /** Clears the body deadline once the whole body is in. */
    private final class BodyArrived extends Handler.Wrapper {
        BodyArrived(Handler next) {
            super(next);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Watch watch = watched.get(request.getConnectionMetaData().getConnection());
            if (watch != null) {
                watch.bodyBy = 0;
            }
            return super.handle(request, response, callback);
        }
    }

    /** Closes each connection past a deadline. */
    private void sweep() {
        long now = System.nanoTime();
        watched.forEach((connection, watch) -> {
            String late = null;
            if (watch.handling) {
                long by = watch.bodyBy;
                if (by != 0 && now - by > 0) {
                    late = "request body not received within its deadline";
                }
            } else if (connection.getBytesIn() > watch.bytesAtRest) {
                if (watch.headSince == 0) {
                    watch.headSince = now;
                } else if (now - watch.headSince > headerNanos) {
                    late = "request head not received within " + headerNanos / 1_000_000 + " ms";
                }
            }
            if (late != null) {
                connection.getEndPoint().close(new TimeoutException(late));
            }
        });
    }

    @Override
    protected void doStart() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sahel-kg-deadlines");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
    }
}
