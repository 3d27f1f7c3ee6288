package org.sahelkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.sahelkg.load.Project;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.store.Store;

/**
 * A server on a free port for the tests of the pages and documents: over the store built from the real
 * project (once per test JVM, in {@code target/it-store}, reused while the inputs do not change), or over a
 * small fixture. Always closed by the tests, in {@code finally} or {@code @AfterAll}.
 */
public final class TestSite implements AutoCloseable {
    public static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));
    /** Browsers' Accept header. */
    public static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8";

    private static DatasetGraph real;

    private final KgServer server;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private TestSite(KgServer server) {
        this.server = server;
        this.base = "http://localhost:" + server.port();
    }

    /** The real project's graph, as the store serves it (union default graph). */
    public static synchronized DatasetGraph real() {
        if (real == null) {
            Project project = Project.at(HOME);
            Store store = new Store(HOME.resolve("target").resolve("it-store"), KnowledgeGraph::build, note -> { });
            store.ensureFresh(project);
            real = store.open();
        }
        return real;
    }

    /** A TriG fixture on the class path, in an in-memory TDB2 whose default graph is the union. */
    public static DatasetGraph fixture(String resource) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        try (InputStream in = TestSite.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No fixture " + resource);
            }
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.TRIG).parse(dsg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    /** Serves {@code dataset} with the real catalog of questions. */
    public static TestSite start(DatasetGraph dataset) {
        KgServer server = KgServer.start(dataset, new KgServer.Config("localhost", 0, KgServer.Config.DEFAULT_TIMEOUT,
                HOME.resolve("queries")));
        return new TestSite(server);
    }

    /** The port listened on. */
    public int port() {
        return server.port();
    }

    /** The origin, such as {@code http://localhost:41234} (no trailing slash). */
    public String base() {
        return base;
    }

    public HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> head(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), BodyHandlers.ofByteArray());
    }

    public HttpResponse<byte[]> send(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), BodyHandlers.ofByteArray());
    }

    /** The body of a page, which must answer 200 HTML. */
    public String html(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path, BROWSER);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + text(r));
        }
        return text(r);
    }

    public static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    public static String header(HttpResponse<byte[]> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    @Override
    public void close() {
        server.stop();
    }
}
