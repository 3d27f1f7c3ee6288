package org.sahelkg.cmd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.sahelkg.load.Project;
import org.sahelkg.query.Catalog;
import org.sahelkg.query.CatalogException;
import org.sahelkg.query.ResultFormat;
import org.sahelkg.server.KgClient;
import org.sahelkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code query}: runs a catalog query or a query file against the store, or against a running server. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Run a query against the store (its default graph is the union of the named graphs), or "
                + "against a running server with --endpoint.",
                "SELECT prints a table, CSV or SPARQL JSON results; ASK prints true or false; "
                        + "CONSTRUCT and DESCRIBE print Turtle, or JSON-LD with --format json."})
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "NAME|FILE",
            description = "A query name (queries/NAME.rq, such as members) or the path of a .rq file.")
    String query;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Replace the default of a parameter (a variable of the query's VALUES block, at "
                    + "its end or first in WHERE); repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Ask the SPARQL endpoint of a running sahel-kg serve, such as " + KgClient.EXAMPLE
                    + ", instead of opening the store (which that server holds); not with --store.")
    String endpoint;

    @Override
    public Integer call() throws IOException {
        if (endpoint != null && storeOptions.store != null) {
            throw new ParameterException(main.spec.commandLine(), Main.notWithEndpoint("--store"));
        }
        // With --endpoint the server holds the store: a query file may be run from anywhere.
        Project project = endpoint != null ? projectOptions.anywhere() : projectOptions.project();
        Path file;
        try {
            file = Catalog.resolve(project.queries(), query);
        } catch (CatalogException e) {
            throw new ParameterException(main.spec.commandLine(), e.getMessage());
        }
        Query parsed = Catalog.parseQuery(Files.readString(file, StandardCharsets.UTF_8), project.relative(file));
        Query bound;
        try {
            bound = Catalog.bind(parsed, params);
        } catch (CatalogException e) {
            throw new ParameterException(main.spec.commandLine(), e.getMessage());
        }
        if (endpoint != null) {
            new KgClient(endpoint).query(bound, project.relative(file), format, main.out).ifPresent(cap ->
                    main.err.println("sahel-kg: warning: " + endpoint + " cut the answer at " + cap
                            + (bound.isSelectType() ? " rows" : " triples") + " (its serve --max-rows); to get all "
                            + "of it, page with LIMIT and OFFSET, or run the query without --endpoint when no "
                            + "server holds the store"));
            return Main.OK;
        }
        try (Store store = main.store(storeOptions.dir(project))) {
            store.ensureFresh(project);
            Catalog.execute(store.open(), bound, format, main.out);
        }
        return Main.OK;
    }
}
