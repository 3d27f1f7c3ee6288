package org.sahelkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.sahelkg.query.Catalog;
import org.sahelkg.server.SiteServlet.Route;
import org.sahelkg.server.http.Templates;
import org.sahelkg.server.pages.Assets;
import org.sahelkg.server.pages.ContextPage;
import org.sahelkg.server.pages.DisputesPage;
import org.sahelkg.server.pages.Dumps;
import org.sahelkg.server.pages.DumpsPage;
import org.sahelkg.server.pages.ExplainPage;
import org.sahelkg.server.pages.GraphPage;
import org.sahelkg.server.pages.HomePage;
import org.sahelkg.server.pages.LinkedData;
import org.sahelkg.server.pages.MapPage;
import org.sahelkg.server.pages.NotFoundPage;
import org.sahelkg.server.pages.OntologyPage;
import org.sahelkg.server.pages.QueryPage;
import org.sahelkg.server.pages.ResourcePage;
import org.sahelkg.server.pages.ReviewDraftPage;
import org.sahelkg.server.pages.SearchPage;
import org.sahelkg.server.pages.Site;
import org.sahelkg.server.pages.SourcesPage;
import org.sahelkg.server.pages.TimelinePage;
import org.sahelkg.server.pages.VoidPage;
import org.sahelkg.server.pages.WikidataLookup;
import org.sahelkg.sparql.SafeSparql;
import org.sahelkg.store.Directories;

/**
 * The public face of the graph: an embedded Fuseki serving one read-only SPARQL Query endpoint at
 * {@value #SPARQL_PATH}, {@code /$/ping}, the query catalog at {@code /catalog.json}, and every other path
 * through {@link SiteServlet}: the pages (home and editor, resources, timeline, map, disputes, search,
 * explanations, sources, ontology), the graph's IRIs as linked data with content negotiation, the VoID
 * description, the dumps and the JSON-LD context. No SPARQL Update, no Graph Store Protocol, no upload, no
 * admin module, no stats or metrics; writes are answered 405 by {@link ReadOnlyGuard}. Every query runs
 * under a timeout and may not call out to other endpoints ({@code SERVICE}); answers are capped
 * ({@link CappedQuery}), and requests are held to the {@link Limits} (per-client concurrency, body, header
 * and idle limits, see {@link RequestLimits}; connections per client and the deadlines of slow clients,
 * see {@link SlowClients}).
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
    public record Config(String host, int port, Duration timeout, Path queries, String publicBase, Path dumps,
                         Instant modified, Path drafts) {
        public static final int DEFAULT_PORT = 3030;
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

        /**
         * @param publicBase the absolute URL the server is known by (VoID, alternate links), or null for the
         *                   origin of each request
         * @param dumps      where the dumps of this store are (written there once, when first needed), or
         *                   null for a temporary directory deleted when the server stops
         * @param modified   when the store was built (VoID's dcterms:modified), or null for now
         * @param drafts     the directory of ingest drafts that {@code /review?draft=NAME} shows, or null for no
         *                   such page (only a server on the loopback interface may have one)
         */
        public Config {
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(queries, "queries");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("Negative timeout: " + timeout);
            }
            if (publicBase != null && !publicBase.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
                throw new IllegalArgumentException("Not an http(s) URL: " + publicBase);
            }
            if (publicBase != null && !publicBase.endsWith("/")) {
                publicBase = publicBase + "/";
            }
        }

        public Config(String host, int port, Duration timeout, Path queries, String publicBase, Path dumps,
                      Instant modified) {
            this(host, port, timeout, queries, publicBase, dumps, modified, null);
        }

        public Config(String host, int port, Duration timeout, Path queries) {
            this(host, port, timeout, queries, null, null, null, null);
        }

        /** All interfaces, port 3030, 10 s timeout. */
        public static Config defaults(Path queries) {
            return new Config(null, DEFAULT_PORT, DEFAULT_TIMEOUT, queries);
        }
    }

    /**
     * The limits every request and query is held to; see the README's "Operations".
     *
     * @param maxRows               the most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in an answer; a
     *                              larger answer is cut and says so in {@value CappedQuery#TRUNCATED}
     * @param maxConcurrentPerClient the most requests in progress from one client address; more answer 429
     * @param maxConcurrentQueries  the most SPARQL queries in progress in all; more answer 503
     * @param maxBodyBytes          the largest request body; larger answers 413
     * @param idleTimeout           how long a connection may stay silent before the server closes it
     * @param maxConnectionsPerClient the most connections open at once from one client address; more are
     *                              closed at once
     */
    public record Limits(int maxRows, int maxConcurrentPerClient, int maxConcurrentQueries, long maxBodyBytes,
                         Duration idleTimeout, int maxConnectionsPerClient) {
        public static final int DEFAULT_MAX_ROWS = 10_000;
        public static final int DEFAULT_MAX_CONCURRENT_PER_CLIENT = 4;
        public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 32;
        /**
         * Jetty's worker threads. Fuseki's default is 20, which twenty slow queries fill, leaving a health
         * check queued behind them; the query cap keeps this many free for pages and {@code /$/ping}.
         */
        public static final int SERVER_THREADS = 200;
        public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
        /** The largest request head (request line and headers); larger answers 431 (or 414 for the URI). */
        public static final int MAX_HEADER_BYTES = 16 * 1024;
        /**
         * The buffer of each response, Jetty's default. Fuseki asks for 5 MiB, more than Jetty's buffer pool
         * keeps (64 KiB), so each response took a fresh direct buffer that only a garbage collection freed:
         * resident memory grew 5 MiB a response (issue 12, item 8). A larger answer is sent in chunks.
         */
        public static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
        /**
         * Connections open at once from one client address: a browser opens 6, a bench of 20 clients 20;
         * one more is closed at once.
         */
        public static final int DEFAULT_MAX_CONNECTIONS_PER_CLIENT = 32;
        /** How long a request head may take to arrive from its first byte; then the connection is closed. */
        public static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);
        /** How long a request body may take to arrive after its head, plus {@link #MIN_BODY_RATE}'s share. */
        public static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
        /** The slowest a body may arrive beyond {@link #BODY_TIMEOUT}, in bytes a second: 1 MiB in 74 s. */
        public static final long MIN_BODY_RATE = 16 * 1024;

        public Limits {
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            if (maxRows < 1) {
                throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
            }
            if (maxConcurrentPerClient < 1) {
                throw new IllegalArgumentException("maxConcurrentPerClient must be at least 1: "
                        + maxConcurrentPerClient);
            }
            if (maxConcurrentQueries < 1 || maxConcurrentQueries > SERVER_THREADS / 2) {
                throw new IllegalArgumentException("maxConcurrentQueries must be between 1 and " + SERVER_THREADS / 2
                        + ": " + maxConcurrentQueries);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1: " + maxBodyBytes);
            }
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idleTimeout must be positive: " + idleTimeout);
            }
            if (maxConnectionsPerClient < 1) {
                throw new IllegalArgumentException("maxConnectionsPerClient must be at least 1: "
                        + maxConnectionsPerClient);
            }
        }

        /** 10,000 rows, 4 requests and 32 connections per client, 32 queries in all, 1 MiB bodies, 30 s idle. */
        public static Limits defaults() {
            return new Limits(DEFAULT_MAX_ROWS, DEFAULT_MAX_CONCURRENT_PER_CLIENT, DEFAULT_MAX_CONCURRENT_QUERIES,
                    DEFAULT_MAX_BODY_BYTES, DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_CONNECTIONS_PER_CLIENT);
        }

        public Limits withMaxRows(int n) {
            return new Limits(n, maxConcurrentPerClient, maxConcurrentQueries, maxBodyBytes, idleTimeout,
                    maxConnectionsPerClient);
        }

        public Limits withMaxConcurrentPerClient(int n) {
            return new Limits(maxRows, n, maxConcurrentQueries, maxBodyBytes, idleTimeout,
                    maxConnectionsPerClient);
        }

        public Limits withMaxConcurrentQueries(int n) {
            return new Limits(maxRows, maxConcurrentPerClient, n, maxBodyBytes, idleTimeout,
                    maxConnectionsPerClient);
        }

        public Limits withMaxBodyBytes(long n) {
            return new Limits(maxRows, maxConcurrentPerClient, maxConcurrentQueries, n, idleTimeout,
                    maxConnectionsPerClient);
        }

        public Limits withIdleTimeout(Duration d) {
            return new Limits(maxRows, maxConcurrentPerClient, maxConcurrentQueries, maxBodyBytes, d,
                    maxConnectionsPerClient);
        }

        public Limits withMaxConnectionsPerClient(int n) {
            return new Limits(maxRows, maxConcurrentPerClient, maxConcurrentQueries, maxBodyBytes, idleTimeout, n);
        }
    }

    private final FusekiServer fuseki;
    private final String host;
    private final Site site;
    private final Path temporaryDumps;

    private KgServer(FusekiServer fuseki, String host, Site site, Path temporaryDumps) {
        this.fuseki = fuseki;
        this.host = host;
        this.site = site;
        this.temporaryDumps = temporaryDumps;
    }

    /** Starts serving {@code dataset} (whose default graph should already be the union, see the store). */
    public static KgServer start(DatasetGraph dataset, Config config) {
        return start(dataset, config, Limits.defaults());
    }

    /** Starts serving {@code dataset} under {@code limits}. */
    public static KgServer start(DatasetGraph dataset, Config config, Limits limits) {
        LogFloods.install();
        Catalog catalog = Catalog.load(config.queries());
        Context context = new Context();
        if (!config.timeout().isZero()) {
            context.set(ARQ.queryTimeout, Long.toString(Math.max(1, config.timeout().toMillis())));
        }
        SafeSparql.guard(context);
        Endpoint query = Endpoint.create().operation(Operation.Query).endpointName("").context(context).build();
        DataService service = DataService.newBuilder(dataset).addEndpoint(query).build();

        Path temporaryDumps = null;
        Path dumpsDir = config.dumps();
        if (dumpsDir == null) {
            try {
                temporaryDumps = Files.createTempDirectory("sahel-kg-dumps");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dumpsDir = temporaryDumps;
        }
        Site site = new Site(dataset, new Templates(), config.publicBase(), catalog, new Dumps(dataset, dumpsDir),
                config.timeout());
        SiteServlet pages = pages(site, config.modified() != null ? config.modified() : Instant.now(),
                config.drafts());

        // No product or version in any answer: SecureHeaders drops any Server field, and Jetty's own is turned
        // off on the connectors below.
        FusekiServer fuseki = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(config.port())
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableCompact(false)
                .enableTasks(false)
                .verbose(false)
                .registerOperation(Operation.Query, new CappedQuery(limits.maxRows()))
                .add(SPARQL_PATH, service)
                .numServerThreads(2, Limits.SERVER_THREADS)
                .addFilter("/*", new RequestLimits(limits.maxConcurrentPerClient(), limits.maxConcurrentQueries(),
                        SPARQL_PATH, limits.maxBodyBytes()))
                .addFilter("/*", new ReadOnlyGuard(SPARQL_PATH))
                .addServlet("/catalog.json", new CatalogServlet(catalog))
                .addServlet("/*", pages)
                .build();
        Server jetty = fuseki.getJettyServer();
        SlowClients slowClients = new SlowClients(limits.maxConnectionsPerClient(), Limits.HEADER_TIMEOUT,
                Limits.BODY_TIMEOUT, Limits.MIN_BODY_RATE, limits.maxBodyBytes());
        jetty.addBean(slowClients);
        jetty.setHandler(slowClients.handler(jetty.getHandler()));
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                if (config.host() != null) {
                    serverConnector.setHost(config.host());
                }
                serverConnector.setIdleTimeout(limits.idleTimeout().toMillis());
                serverConnector.addEventListener(slowClients.listener());
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setRequestHeaderSize(Limits.MAX_HEADER_BYTES);
                http.getHttpConfiguration().setOutputBufferSize(Limits.OUTPUT_BUFFER_BYTES);
                http.getHttpConfiguration().setSendServerVersion(false);
            }
        }
        fuseki.getJettyServer().setErrorHandler(new PlainErrors());
        fuseki.getJettyServer().setHandler(new SecureHeaders(fuseki.getJettyServer().getHandler()));
        ServletContextHandler handler = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
        if (handler != null) {
            handler.setErrorHandler(new PlainErrors.Servlet());
            // Jetty's own cap on form bodies (200,000 bytes) would otherwise refuse smaller forms than --max-body.
            handler.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxBodyBytes()));
        }
        fuseki.start();
        return new KgServer(fuseki, config.host(), site, temporaryDumps);
    }

    /** The routes of every page and document; see the README's "Browsing as linked data". */
    private static SiteServlet pages(Site site, Instant modified, Path drafts) {
        NotFoundPage notFound = new NotFoundPage(site);
        QueryPage query = new QueryPage(site);
        LinkedData linkedData = new LinkedData(site, new ResourcePage(site), new OntologyPage(site), new GraphPage(site),
                notFound);
        VoidPage voidPage = new VoidPage(site, modified);
        return new SiteServlet(site, List.of(
                Route.exact("/", new HomePage(site, query)),
                Route.exact("/query", query),
                Route.exact("/timeline", new TimelinePage(site)),
                Route.exact("/map", new MapPage(site)),
                Route.exact("/disputes", new DisputesPage(site)),
                Route.exact("/search", new SearchPage(site)),
                Route.exact("/explain", new ExplainPage(site, notFound)),
                Route.exact("/sources", new SourcesPage(site)),
                Route.prefix("/id/", linkedData),
                Route.document("/ontology", linkedData),
                Route.prefix("/graph/", linkedData),
                Route.document(VoidPage.PATH, voidPage),
                Route.prefix("/dumps/", new DumpsPage(site, notFound)),
                Route.exact("/dumps", (ex) -> ex.seeOther("/dumps/")),
                Route.exact("/context.jsonld", new ContextPage()),
                Route.prefix("/wikidata/", new WikidataLookup(site)),
                Route.prefix("/assets/", new Assets(notFound)),
                Route.exact("/review", drafts == null ? notFound : new ReviewDraftPage(drafts, notFound))), notFound);
    }

    /**
     * Starts what is worth having before the first visitor asks: the figures of the home page and VoID,
     * and the dumps (written in the background when this store has none yet).
     */
    public void warmUp() {
        Thread t = new Thread(() -> {
            site.stats().figures();
            site.dumps().start();
        }, "sahel-kg-warm-up");
        t.setDaemon(true);
        t.start();
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
        site.dumps().awaitQuietly();
        fuseki.stop();
        LogFloods.flush();
        if (temporaryDumps != null) {
            Directories.deleteQuietly(temporaryDumps);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
