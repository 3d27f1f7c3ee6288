package org.sahelkg.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.sahelkg.store.Directories;

/**
 * A throw-away Virtuoso open source server (Debian's {@code virtuoso-opensource}: {@code virtuoso-t} and
 * {@code isql-vt}) on loopback, in its own directory on free ports, that accepts Graph Store Protocol writes
 * without authentication at {@code /sparql-graph-crud}. For {@code bench} and {@code VirtuosoIT}; {@link #close()}
 * stops it and deletes its directory.
 */
public final class Virtuoso implements AutoCloseable {
    /**
     * Where Virtuoso's programs are.
     *
     * @param server the server binary, {@code virtuoso-t}
     * @param isql   its SQL client, {@code isql-vt} on Debian
     * @param buffers database buffers of 8 KiB (Virtuoso's NumberOfBuffers)
     * @param queryTimeLimit how long Virtuoso itself lets a query run (its MaxQueryExecutionTime): a query the
     *                benchmark has given up on must not go on using the machine's cores after it
     */
    public record Settings(String server, String isql, int buffers, Duration queryTimeLimit) {
        /**
         * Debian's binaries, 170,000 buffers (1.3 GiB: the 19 M quads of 250,000 events fit) and a query time
         * limit of {@code queryTimeLimit}.
         */
        public static Settings debian(Duration queryTimeLimit) {
            return new Settings("virtuoso-t", "isql-vt", 170_000, queryTimeLimit);
        }
    }

    /**
     * The response header with which Virtuoso marks an "anytime" answer: the partial result it returns when a
     * query reaches MaxQueryExecutionTime. Such an answer is not an answer to the query.
     */
    public static final String PARTIAL_ANSWER_HEADER = "X-SQL-State";

    private final Process process;
    private final Path dir;
    private final int httpPort;
    private final List<String> graphs;

    private Virtuoso(Process process, Path dir, int httpPort, List<String> graphs) {
        this.process = process;
        this.dir = dir;
        this.httpPort = httpPort;
        this.graphs = graphs;
    }

    /**
     * Starts a server in a new directory under {@code parent} (created if needed) and waits until it answers.
     *
     * @throws BenchException when the binary is missing or the server does not come up within a minute
     */
    public static Virtuoso start(Settings settings, Path parent) throws IOException, InterruptedException {
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "virtuoso-");
        int sqlPort = freePort();
        int httpPort = freePort();
        Files.writeString(dir.resolve("virtuoso.ini"), ini(dir, sqlPort, httpPort, settings));
        ProcessBuilder pb = new ProcessBuilder(settings.server(), "+foreground", "+configfile",
                dir.resolve("virtuoso.ini").toString());
        pb.directory(dir.toFile());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("console.log").toFile());
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            Directories.deleteQuietly(dir);
            throw new BenchException("Cannot start Virtuoso (" + settings.server() + "): " + e.getMessage()
                    + "; install it with apt-get install virtuoso-opensource", e);
        }
        Virtuoso virtuoso = new Virtuoso(process, dir, httpPort, Graphs.ALL);
        // A benchmark stopped by a signal must not leave its Virtuoso running.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "virtuoso-stop"));
        try {
            virtuoso.awaitReady(Duration.ofSeconds(60));
            virtuoso.isql(settings.isql(), sqlPort, "GRANT SPARQL_UPDATE TO \"SPARQL\";",
                    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);");
            return virtuoso;
        } catch (IOException | InterruptedException | RuntimeException e) {
            virtuoso.close();
            throw e;
        }
    }

    /** The Graph Store Protocol endpoint, writable without authentication. */
    public String graphStoreUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud";
    }

    /** The SPARQL endpoint, with the project's named graphs as the dataset (default graph: their union). */
    public String sparqlUrl() {
        String params = graphs.stream().map(g -> "default-graph-uri=" + enc(g) + "&named-graph-uri=" + enc(g))
                .collect(Collectors.joining("&"));
        return "http://127.0.0.1:" + httpPort + "/sparql?" + params;
    }

    public String credentials() {
        return null;
    }

    public String version() {
        return "7 (" + process.info().command().orElse("virtuoso-t") + ")";
    }

    private void awaitReady(Duration limit) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        URI ask = URI.create("http://127.0.0.1:" + httpPort + "/sparql?query=" + enc("ASK {}"));
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new BenchException("Virtuoso stopped while starting: " + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not yet listening
            }
            Thread.sleep(100);
        }
        throw new BenchException("Virtuoso did not answer within " + limit.toSeconds() + " s: " + tail());
    }

    private void isql(String isql, int port, String... statements) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(isql, "127.0.0.1:" + port, "dba", "dba",
                "exec=" + String.join(" ", statements));
        pb.redirectErrorStream(true);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new BenchException("Cannot run " + isql + " (Virtuoso's SQL client): " + e.getMessage(), e);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || output.contains("*** Error")) {
            throw new BenchException(isql + " failed: " + output.strip());
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("console.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Directories.deleteQuietly(dir);
    }

    private static String ini(Path dir, int sqlPort, int httpPort, Settings settings) {
        int buffers = settings.buffers();
        String d = dir.toAbsolutePath().toString();
        return String.join("\n",
                "[Database]",
                "DatabaseFile = " + d + "/virtuoso.db",
                "ErrorLogFile = " + d + "/virtuoso.log",
                "LockFile = " + d + "/virtuoso.lck",
                "TransactionFile = " + d + "/virtuoso.trx",
                "xa_persistent_file = " + d + "/virtuoso.pxa",
                "ErrorLogLevel = 7",
                "FileExtend = 200",
                "MaxCheckpointRemap = 2000",
                "Striping = 0",
                "TempStorage = TempDatabase",
                "",
                "[TempDatabase]",
                "DatabaseFile = " + d + "/virtuoso-temp.db",
                "TransactionFile = " + d + "/virtuoso-temp.trx",
                "MaxCheckpointRemap = 2000",
                "Striping = 0",
                "",
                "[Parameters]",
                "ServerPort = 127.0.0.1:" + sqlPort,
                "NumberOfBuffers = " + buffers,
                "MaxDirtyBuffers = " + (buffers * 3 / 4),
                "DirsAllowed = ., " + d,
                "CheckpointInterval = 0",
                "",
                "[HTTPServer]",
                "ServerPort = 127.0.0.1:" + httpPort,
                "ServerRoot = " + d,
                "MaxClientConnections = 8",
                "ServerThreads = 8",
                "",
                "[SPARQL]",
                "ResultSetMaxRows = 1000000",
                "MaxQueryExecutionTime = " + Math.max(1, settings.queryTimeLimit().toSeconds()),
                "MaxQueryCostEstimationTime = 0",
                "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The project's named graphs, which a catalog query sees as one default graph. */
    static final class Graphs {
        static final List<String> ALL = List.of(org.sahelkg.iri.Iris.GRAPH_ONTOLOGY, org.sahelkg.iri.Iris.GRAPH_SOURCES,
                org.sahelkg.iri.Iris.GRAPH_DATA, org.sahelkg.iri.Iris.GRAPH_INFERRED);

        private Graphs() {
        }
    }
}
