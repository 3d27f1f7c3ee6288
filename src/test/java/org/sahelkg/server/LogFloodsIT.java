package org.sahelkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "Logs": a flood of client errors (bad percent-encoding in a page parameter, which Jetty reports with
 * its exception) logs one line each and no stack trace; a flood of the same server error logs its trace once, then
 * one line counting the rest.
 */
class LogFloodsIT {
    static final int FLOOD = 40;

    /** What reaches the configured appenders, after the server's own handling of its log. */
    static final class Capture extends AbstractAppender {
        final List<LogEvent> events = new ArrayList<>();

        Capture() {
            super("capture", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public synchronized void append(LogEvent event) {
            events.add(event.toImmutable());
        }

        synchronized List<LogEvent> take() {
            List<LogEvent> taken = List.copyOf(events);
            events.clear();
            return taken;
        }
    }

    @Test
    void clientErrorsLogOneLineAndAServerErrorItsTraceOnce() throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Capture capture = new Capture();
        capture.start();
        context.getConfiguration().getRootLogger().addAppender(capture, null, null);
        context.updateLoggers();
        AtomicBoolean breaking = new AtomicBoolean();
        DatasetGraph broken = new DatasetGraphWrapper(DatasetGraphFactory.createTxnMem()) {
            @Override
            public void begin(TxnType type) {
                if (breaking.get()) {
                    throw new IllegalStateException("the store is broken (test)");
                }
                super.begin(type);
            }

            @Override
            public void begin(ReadWrite mode) {
                begin(TxnType.convert(mode));
            }
        };
        KgServer server = KgServer.start(broken, new KgServer.Config("127.0.0.1", 0, Duration.ofSeconds(10),
                Path.of(System.getProperty("sahelkg.home", ".")).resolve("queries")));
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String base = "http://127.0.0.1:" + server.port();
            capture.take();
            for (int i = 0; i < FLOOD; i++) {
                get(http, base + "/search?q=%ff%fe");
            }
            List<LogEvent> client = capture.take();
            assertTrue(client.stream().allMatch(e -> e.getThrown() == null && !e.getMessage().getFormattedMessage()
                    .contains("\n")), "client errors log no trace: " + client.stream().filter(e -> e.getThrown() != null)
                    .findFirst().map(e -> e.getThrown().toString()).orElse(""));
            assertTrue(client.size() <= FLOOD, "at most one line per client error: " + client.size());

            breaking.set(true);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                statuses.add(get(http, base + "/sources").statusCode());
            }
            assertEquals(List.of(500), statuses.stream().distinct().toList(), "the broken store gives server errors");
        } finally {
            server.stop();
        }
        List<LogEvent> server500 = capture.take();
        context.getConfiguration().getRootLogger().removeAppender("capture");
        context.updateLoggers();
        assertEquals(1, server500.stream().filter(e -> e.getThrown() != null).count(),
                "one trace for a flood of one server error: " + server500.size() + " events");
        assertTrue(server500.stream().anyMatch(e -> e.getMessage().getFormattedMessage().startsWith(
                "the same error " + (FLOOD - 1) + " more times in the last minute")), "the rest counted: "
                + server500.stream().map(e -> e.getMessage().getFormattedMessage()).toList());
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
