package org.sahelkg.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.eclipse.jetty.http.HttpException;

/**
 * The server's log under attack (issue 12, "Logs"): a client error (a 4xx that a library logged with its
 * exception, such as Jetty's bad percent-encoding) becomes one line, never a stack trace; a server error logs its
 * trace once, and the same error again within a minute is only counted, then summed up in one line ("the same
 * error 57 more times in the last minute"), so a flood of requests cannot flood the log. It wraps the appenders
 * of the running log4j2 configuration, which a properties file cannot express, and changes no library.
 */
public final class LogFloods extends AbstractAppender {
    static final long WINDOW_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** The wrappers installed in this JVM, whose counts {@link #flush()} writes. */
    private static final List<LogFloods> INSTALLED = new ArrayList<>();

    private final Appender wrapped;
    /** Per kind of server error (its class and where it was thrown): when its window began, repeats since. */
    private final Map<String, long[]> floods = new HashMap<>();

    private LogFloods(Appender wrapped) {
        super(wrapped.getName() + "-floods", null, null, true, Property.EMPTY_ARRAY);
        this.wrapped = wrapped;
    }

    /** Wraps every appender of the current configuration, once (a second server in the same JVM adds nothing). */
    public static synchronized void install() {
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return;
        }
        Configuration config = context.getConfiguration();
        Map<String, LogFloods> wrappers = new HashMap<>();
        List<LoggerConfig> loggers = new ArrayList<>(config.getLoggers().values());
        loggers.add(config.getRootLogger());
        for (LoggerConfig logger : loggers) {
            for (Appender appender : List.copyOf(logger.getAppenders().values())) {
                if (appender instanceof LogFloods) {
                    continue;
                }
                LogFloods wrapper = wrappers.computeIfAbsent(appender.getName(), n -> new LogFloods(appender));
                if (!wrapper.isStarted()) {
                    wrapper.start();
                    INSTALLED.add(wrapper);
                }
                logger.removeAppender(appender.getName());
                logger.addAppender(wrapper, null, null);
            }
        }
        context.updateLoggers();
    }

    /** Writes the counts of errors only counted so far (when the server stops). */
    public static synchronized void flush() {
        INSTALLED.forEach(floods -> floods.summarise(Long.MAX_VALUE));
    }

    @Override
    public void append(LogEvent event) {
        Throwable thrown = event.getThrown();
        if (thrown == null) {
            wrapped.append(event);
            return;
        }
        int client = clientStatus(thrown);
        if (client > 0) {
            wrapped.append(line(event, event.getMessage().getFormattedMessage() + ": " + client + " "
                    + firstLine(root(thrown).getMessage())));
            return;
        }
        long now = System.nanoTime();
        summarise(now);
        String kind = thrown.getClass().getName() + " at " + (thrown.getStackTrace().length > 0
                ? thrown.getStackTrace()[0] : "?");
        synchronized (floods) {
            long[] flood = floods.get(kind);
            if (flood != null) {
                flood[1]++;
                return;
            }
            floods.put(kind, new long[] {now, 0});
        }
        wrapped.append(event);
    }

    /** Sums up, in one line each, the kinds of error whose minute has passed by {@code now}, and forgets them. */
    private void summarise(long now) {
        synchronized (floods) {
            floods.entrySet().removeIf(e -> {
                long[] flood = e.getValue();
                if (now != Long.MAX_VALUE && now - flood[0] < WINDOW_NANOS) {
                    return false;
                }
                if (flood[1] > 0) {
                    wrapped.append(Log4jLogEvent.newBuilder().setLoggerName(LogFloods.class.getName())
                            .setLevel(Level.ERROR).setMessage(new SimpleMessage(
                                    "the same error " + flood[1] + " more times in the last minute: " + e.getKey()))
                            .setTimeMillis(System.currentTimeMillis()).build());
                }
                return true;
            });
        }
    }

    /** The 4xx status of a client's mistake somewhere in {@code thrown}'s causes, else 0. */
    static int clientStatus(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
        }
        return 0;
    }

    private static Throwable root(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        String text = String.valueOf(s);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static LogEvent line(LogEvent event, String message) {
        return new Log4jLogEvent.Builder(event).setThrown(null).setThrownProxy(null)
                .setMessage(new SimpleMessage(message)).build();
    }
}
