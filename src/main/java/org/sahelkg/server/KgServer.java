package org.sahelkg.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.sahelkg.query.Catalog;

/**
 * The public face of the graph: an embedded Fuseki serving one read-only SPARQL Query endpoint at
 * {@value #SPARQL_PATH}, {@code /$/ping}, the bundled query editor at {@code /} and the query catalog
 * at {@code /catalog.json}. Nothing else: no SPARQL Update, no Graph Store Protocol, no upload, no
 * admin module, no stats or metrics; writes are answered 405 by {@link ReadOnlyGuard}. Every query runs
 * under a timeout and may not call out to other endpoints ({@code SERVICE}).
 */
public final class KgServer implements AutoCloseable {
    /** Where the SPARQL endpoint answers. */
    public static final String SPARQL_PATH = "/sparql";

    /**
     * How to serve.
     *
     * @param host    the address to listen on, or null for all interfaces
     * @param port    the port, or 0 for any free port
     * @param timeout the longest a query may run; zero for no limit
     * @param queries the directory of catalog queries ({@code queries/})
     */
    public record Config(String host, int port, Duration timeout, Path queries) {
        public static final int DEFAULT_PORT = 3030;
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

        public Config {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(queries, "queries");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("Negative timeout: " + timeout);
            }
        }

        /** All interfaces, port 3030, 10 s timeout. */
        public static Config defaults(Path queries) {
            return new Config(null, DEFAULT_PORT, DEFAULT_TIMEOUT, queries);
        }
    }

    private final FusekiServer fuseki;
    private final String host;

    private KgServer(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Starts serving {@code dataset} (whose default graph should already be the union, see the store). */
    public static KgServer start(DatasetGraph dataset, Config config) {
        Catalog catalog = Catalog.load(config.queries());
        Context context = new Context();
        if (!config.timeout().isZero()) {
            context.set(ARQ.queryTimeout, Long.toString(Math.max(1, config.timeout().toMillis())));
        }
        context.set(Service.httpServiceAllowed, false);
        Endpoint query = Endpoint.create().operation(Operation.Query).endpointName("").context(context).build();
        DataService service = DataService.newBuilder(dataset).addEndpoint(query).build();

        FusekiServer fuseki = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .verbose(false)
                .add(SPARQL_PATH, service)
                .addFilter("/*", new ReadOnlyGuard(SPARQL_PATH))
                .addServlet("", new WebAssetServlet("web/index.html"))
                .addServlet("/index.html", new WebAssetServlet("web/index.html"))
                .addServlet("/app.js", new WebAssetServlet("web/app.js"))
                .addServlet("/style.css", new WebAssetServlet("web/style.css"))
                .addServlet("/catalog.json", new CatalogServlet(catalog))
                .build();
        if (config.host() != null) {
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(config.host());
                }
            }
        }
        fuseki.start();
        return new KgServer(fuseki, config.host());
    }

    /** The port actually listened on (the free one chosen for port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The editor page's URL, such as {@code http://localhost:3030/}. */
    public String url() {
        return "http://" + urlHost() + ":" + port() + "/";
    }

    /** The SPARQL endpoint's URL, such as {@code http://localhost:3030/sparql}. */
    public String sparqlUrl() {
        return url() + SPARQL_PATH.substring(1);
    }

    private String urlHost() {
        if (host == null || host.isBlank()) {
            return "localhost";
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            if (address.isAnyLocalAddress()) {
                return "localhost";
            }
        } catch (UnknownHostException e) {
            return host;
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
