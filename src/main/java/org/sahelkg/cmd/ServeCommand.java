package org.sahelkg.cmd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.load.Project;
import org.sahelkg.server.KgServer;
import org.sahelkg.store.Store;
import org.sahelkg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: brings the store up to date and serves it until killed. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Serve the graph: its pages and IRIs as linked data, a read-only SPARQL endpoint at /sparql "
                + "and a query editor at /.",
                "Rebuilds the store first if the inputs changed. Prints one line once ready, then runs "
                        + "until killed."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR",
            description = "The address to listen on, such as 127.0.0.1 (default: all interfaces).")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The longest a query may run, in seconds; 0 for no limit (default: ${DEFAULT-VALUE}).")
    double timeout;

    @Option(names = "--drafts", paramLabel = "DIR", description = "A directory of ingest drafts (one directory "
            + "each, as ingest --out writes them) to show at /review?draft=NAME: the text with what ingest found "
            + "marked, and the candidates. Only with --host localhost, 127.0.0.1 or ::1: drafts are not for the "
            + "public.")
    Path drafts;

    @Option(names = "--public-base", paramLabel = "URL",
            description = "The absolute URL the server is known by, such as https://kg.example.org/, used in the "
                    + "VoID description and alternate links (default: the origin each request comes to). Pages "
                    + "link to each other by root-relative paths, so browsing works on any host.")
    String publicBase;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "The most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in one answer; a larger answer "
                    + "is cut and carries the header X-SPARQL-Truncated: N (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-concurrent-per-client", paramLabel = "N", defaultValue = "4",
            description = "The most requests in progress from one client address; more are answered 429 with "
                    + "Retry-After (default: ${DEFAULT-VALUE}).")
    int maxConcurrentPerClient;

    @Option(names = "--max-concurrent-queries", paramLabel = "N", defaultValue = "32",
            description = "The most SPARQL queries in progress in all; more are answered 503 with Retry-After "
                    + "(at most 100; default: ${DEFAULT-VALUE}).")
    int maxConcurrentQueries;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body, in bytes; larger is answered 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "How long a connection may stay silent before the server closes it, in seconds "
                    + "(default: ${DEFAULT-VALUE}).")
    double idleTimeout;

    @Option(names = "--max-connections-per-client", paramLabel = "N", defaultValue = "32",
            description = "The most connections open at once from one client address; more are closed at once "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxConnectionsPerClient;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(main.spec.commandLine(), "--port: not a port: " + port);
        }
        if (timeout < 0 || Double.isNaN(timeout) || Double.isInfinite(timeout)) {
            throw new ParameterException(main.spec.commandLine(),
                    "--timeout: expected a number of seconds ≥ 0, found " + timeout);
        }
        if (publicBase != null && !publicBase.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new ParameterException(main.spec.commandLine(),
                    "--public-base: expected an http or https URL such as https://kg.example.org/, found " + publicBase);
        }
        if (maxRows < 1) {
            throw new ParameterException(main.spec.commandLine(), "--max-rows: expected a number ≥ 1, found " + maxRows);
        }
        if (maxConcurrentPerClient < 1) {
            throw new ParameterException(main.spec.commandLine(),
                    "--max-concurrent-per-client: expected a number ≥ 1, found " + maxConcurrentPerClient);
        }
        if (maxConcurrentQueries < 1 || maxConcurrentQueries > KgServer.Limits.SERVER_THREADS / 2) {
            throw new ParameterException(main.spec.commandLine(), "--max-concurrent-queries: expected a number from 1 to "
                    + KgServer.Limits.SERVER_THREADS / 2 + ", found " + maxConcurrentQueries);
        }
        if (maxBody < 1) {
            throw new ParameterException(main.spec.commandLine(),
                    "--max-body: expected a number of bytes ≥ 1, found " + maxBody);
        }
        if (!(idleTimeout > 0) || Double.isInfinite(idleTimeout)) {
            throw new ParameterException(main.spec.commandLine(),
                    "--idle-timeout: expected a number of seconds > 0, found " + idleTimeout);
        }
        if (maxConnectionsPerClient < 1) {
            throw new ParameterException(main.spec.commandLine(),
                    "--max-connections-per-client: expected a number ≥ 1, found " + maxConnectionsPerClient);
        }
        if (drafts != null && (host == null || !java.util.Set.of("localhost", "127.0.0.1", "::1").contains(host))) {
            throw new ParameterException(main.spec.commandLine(), "--drafts: expected --host localhost, 127.0.0.1 "
                    + "or ::1 (drafts are shown only on a local server), found " + (host == null ? "all interfaces"
                    : host));
        }
        if (drafts != null && !java.nio.file.Files.isDirectory(drafts)) {
            throw new ParameterException(main.spec.commandLine(), "--drafts: expected a directory, found none at "
                    + drafts);
        }
        KgServer.Limits limits = new KgServer.Limits(maxRows, maxConcurrentPerClient, maxConcurrentQueries, maxBody,
                Duration.ofMillis(Math.max(1, Math.round(idleTimeout * 1000))), maxConnectionsPerClient);
        Project project = projectOptions.project();
        Store store = main.store(storeOptions.dir(project));
        store.ensureFresh(project);
        DatasetGraph dataset = store.open();
        Path generation = store.currentGeneration().orElseThrow(() -> new StoreException("No current store generation"));
        KgServer server;
        try {
            server = KgServer.start(dataset, new KgServer.Config(host, port,
                    Duration.ofMillis(Math.round(timeout * 1000)), project.queries(), publicBase,
                    generation.resolve("dumps"), builtAt(generation), drafts), limits);
        } catch (RuntimeException e) {
            store.close();
            throw new StoreException("Cannot start the server: " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }, "sahel-kg-shutdown"));
        main.out.println("sahel-kg ready at " + server.url() + " (SPARQL: " + server.sparqlUrl() + ")");
        main.out.flush();
        server.warmUp();
        server.join();
        return Main.OK;
    }

    /** When a store generation was completed: the time its fingerprint was written. */
    private static Instant builtAt(Path generation) {
        try {
            return Files.getLastModifiedTime(generation.resolve(Store.FINGERPRINT)).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
