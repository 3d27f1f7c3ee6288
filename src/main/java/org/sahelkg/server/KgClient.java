package org.sahelkg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sahelkg.query.Catalog;
import org.sahelkg.query.CatalogException;
import org.sahelkg.query.ResultFormat;
import org.sahelkg.server.graph.DumpWriter;
import org.sahelkg.store.RemoteStore;
import org.sahelkg.store.StoreException;

/**
 * A running {@code sahel-kg serve} asked from the command line ({@code query --endpoint}, {@code export
 * --endpoint}), for when that server holds the store and no other process may open it. Queries go to its SPARQL
 * endpoint; the whole graph comes from its TriG dump, checked against its {@code SHA256SUMS}, since the endpoint
 * cuts every answer at {@code --max-rows}.
 *
 * <p>Every failure is one line naming the URL: a server that cannot be reached, an HTTP error or an answer that is
 * not what was asked for is a {@link StoreException} (the environment, exit 2); a query the server refuses
 * (400 malformed, 422 such as a {@code SERVICE} call, which the endpoint does not make) is a {@link CatalogException}
 * naming the query file (the user's input, exit 1).
 */
public final class KgClient {
    /** What {@code --endpoint} looks like. */
    public static final String EXAMPLE = "http://localhost:" + KgServer.Config.DEFAULT_PORT + KgServer.SPARQL_PATH;
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    private static final String DUMP = "sahel-kg.trig";

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** @throws StoreException when {@code endpoint} is not an http(s) URL */
    public KgClient(String endpoint) {
        this.endpoint = RemoteStore.url("--endpoint", "the SPARQL endpoint of a running sahel-kg serve", EXAMPLE,
                endpoint);
    }

    /**
     * Runs {@code query} on the server and writes its answer in {@code format}, exactly as a query on the store
     * is written. Nothing is written unless the whole answer was read.
     *
     * @param origin the query's file, named in a refusal
     * @return the cap the server cut the answer at ({@value CappedQuery#TRUNCATED}), or empty when it is whole
     */
    public Optional<Integer> query(Query query, String origin, ResultFormat format, OutputStream out) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        if (!graph && !query.isSelectType() && !query.isAskType()) {
            throw Catalog.unsupported();
        }
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/sparql-query; charset=utf-8")
                .header("Accept", graph ? Lang.NTRIPLES.getHeaderString() : ResultSetLang.RS_JSON.getHeaderString())
                .POST(HttpRequest.BodyPublishers.ofString(query.serialize(), StandardCharsets.UTF_8)).build();
        HttpResponse<byte[]> response = send(request, endpoint, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 400 || response.statusCode() == 422) {
            throw new CatalogException(origin + ": " + endpoint + " refused the query: HTTP " + response.statusCode()
                    + detail(new String(response.body(), StandardCharsets.UTF_8)));
        }
        requireSuccess(response, endpoint);
        InputStream body = new ByteArrayInputStream(response.body());
        try {
            if (query.isSelectType()) {
                ResultSet rows = ResultSetMgr.read(body, ResultSetLang.RS_JSON).materialise();
                format.write(rows, query.getPrologue(), out);
            } else if (query.isAskType()) {
                format.write(ResultSetMgr.readBoolean(body, ResultSetLang.RS_JSON), out);
            } else {
                Graph triples = GraphFactory.createDefaultGraph();
                RDFParser.source(body).lang(Lang.NTRIPLES).parse(triples);
                triples.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
                format.write(triples, out);
            }
        } catch (RiotException | QueryException | JsonException e) {
            throw new StoreException(endpoint + " did not answer with " + (graph ? "N-Triples" : "SPARQL JSON results")
                    + " (Content-Type " + response.headers().firstValue("Content-Type").orElse("none") + "): "
                    + e.getMessage(), e);
        }
        return response.headers().firstValue(CappedQuery.TRUNCATED).flatMap(KgClient::number);
    }

    /**
     * The whole graph of the server: its TriG dump (the named graphs and the prefixes), whose SHA-256 must match
     * the one its {@code SHA256SUMS} lists, when it lists one. The dumps live beside the endpoint: {@code
     * http://host:port/dumps/} for {@code http://host:port/sparql}.
     */
    public DatasetGraph dataset() throws IOException {
        URI dumps = dumps();
        URI dump = dumps.resolve(DUMP);
        URI sumsUrl = dumps.resolve(DumpWriter.SUMS);
        Optional<String> listed = listedSha256(sumsUrl);
        Path file = Files.createTempFile("sahel-kg-", ".trig");
        try {
            requireSuccess(send(HttpRequest.newBuilder(dump).timeout(TIMEOUT).GET().build(), dump,
                    HttpResponse.BodyHandlers.ofFile(file)), dump);
            String sha256 = DumpWriter.sha256(file);
            if (listed.isPresent() && !listed.get().equals(sha256)) {
                throw new StoreException(dump + ": its SHA-256 is " + sha256 + ", but " + sumsUrl + " lists "
                        + listed.get() + ": the download is damaged or the server's store changed meanwhile; export again");
            }
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            try {
                RDFParser.source(file).lang(Lang.TRIG).base(dump.toString()).parse(dataset);
            } catch (RiotException e) {
                throw new StoreException(dump + ": not TriG: " + e.getMessage(), e);
            }
            return dataset;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Where the server's dumps are: {@code dumps/} beside the endpoint's {@code /sparql}, else at the root. */
    URI dumps() {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        int at = path.lastIndexOf(KgServer.SPARQL_PATH);
        String prefix = at >= 0 && path.substring(at + KgServer.SPARQL_PATH.length()).matches("/?")
                ? path.substring(0, at) : "";
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + prefix + "/dumps/");
    }

    /** The SHA-256 that {@code SHA256SUMS} lists for the TriG dump; empty when the server publishes none. */
    private Optional<String> listedSha256(URI sums) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(sums).timeout(TIMEOUT).GET().build(), sums,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        requireSuccess(response, sums);
        return response.body().lines().filter(l -> l.endsWith("  " + DUMP))
                .map(l -> l.substring(0, l.indexOf("  "))).findFirst();
    }

    private <T> HttpResponse<T> send(HttpRequest request, URI url, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new StoreException("cannot reach " + url + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " (is `sahel-kg serve` running there?)",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while asking " + url, e);
        }
    }

    private static void requireSuccess(HttpResponse<?> response, URI url) {
        if (response.statusCode() / 100 == 2) {
            return;
        }
        String text = response.body() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : response.body() instanceof String s ? s : "";
        throw new StoreException(url + " answered HTTP " + response.statusCode() + detail(text)
                + (response.statusCode() == 404 ? " (expected the SPARQL endpoint of a running sahel-kg serve, such as "
                + EXAMPLE + ")" : ""));
    }

    private static String detail(String body) {
        String message = RemoteStore.message(body);
        return message.isEmpty() ? "" : ": " + message;
    }

    private static Optional<Integer> number(String header) {
        try {
            return Optional.of(Integer.parseInt(header.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
