package org.sahelkg.cmd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.sahelkg.load.Project;
import org.sahelkg.store.Contents;
import org.sahelkg.store.RemoteStore;
import org.sahelkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParentCommand;

/** {@code load}: rebuilds the store from the inputs, whatever their fingerprint. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Rebuild the store from ontology/, seeds/ and data/ and print the triples per "
                + "named graph.",
                "A problem in the input leaves the store as it was."})
final class LoadCommand implements Callable<Integer> {
    /** The environment variable holding {@code user:password} for {@code --target}. */
    static final String TARGET_AUTH_ENV = "SAHELKG_TARGET_AUTH";

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--target", paramLabel = "URL",
            description = {"Also write the named graphs to a remote SPARQL 1.1 store through its Graph Store Protocol "
                    + "endpoint, such as http://localhost:8890/sparql-graph-crud (Virtuoso), in batches: each graph "
                    + "is deleted there, then sent. HTTP Basic credentials, if needed, come from $"
                    + TARGET_AUTH_ENV + " (user:password)."})
    String target;

    @Option(names = "--allow-shrink",
            description = {"Publish the new store even if it is empty or holds fewer resources or quads than the "
                    + "current one (records deleted on purpose); load then says what it removed. Without it such a "
                    + "load is refused and the store stays as it was."})
    boolean allowShrink;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + RemoteStore.BATCH,
            description = "Triples per request with --target (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new ParameterException(spec.commandLine(), "--batch: expected 1 or more, found " + batch);
        }
        Project project = projectOptions.project();
        RemoteStore.check(target);
        try (Store store = main.store(storeOptions.dir(project)).allowShrink(allowShrink)) {
            Optional<Contents> before = store.currentContents();
            Path generation = store.rebuild(project);
            List<String> removed = before.map(b -> b.removedBy(store.currentContents().orElseThrow()))
                    .orElse(List.of());
            DatasetGraph dataset = store.open();
            List<String> lines = new ArrayList<>();
            long[] total = {0};
            Txn.executeRead(dataset, () -> {
                long unnamed = dataset.stream(Quad.defaultGraphIRI, null, null, null).count();
                if (unnamed > 0) {
                    lines.add(line("(default graph)", unnamed));
                    total[0] += unnamed;
                }
                List<Node> graphs = new ArrayList<>();
                dataset.listGraphNodes().forEachRemaining(graphs::add);
                graphs.sort((a, b) -> a.toString().compareTo(b.toString()));
                for (Node graph : graphs) {
                    long count = dataset.stream(graph, null, null, null).count();
                    lines.add(line(graph.getURI() != null ? graph.getURI() : graph.toString(), count));
                    total[0] += count;
                }
            });
            main.out.println("Loaded " + project.relative(generation) + ":");
            lines.forEach(main.out::println);
            main.out.println(line("total", total[0]));
            if (!removed.isEmpty()) {
                main.out.println("Removed (--allow-shrink):");
                removed.forEach(r -> main.out.println("  " + r));
            }
            if (target != null) {
                RemoteStore remote = new RemoteStore(target, System.getenv(TARGET_AUTH_ENV), batch, main.err::println);
                long sent = Txn.calculateRead(dataset, () -> remote.replace(dataset));
                main.out.println("Wrote " + sent + " triples to " + target);
            }
            return Main.OK;
        }
    }

    private static String line(String graph, long triples) {
        return String.format("  %-45s %8d %s", graph, triples, triples == 1 ? "triple" : "triples");
    }
}
