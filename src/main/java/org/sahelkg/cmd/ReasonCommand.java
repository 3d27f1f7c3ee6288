package org.sahelkg.cmd;

import java.util.concurrent.Callable;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sahelkg.iri.Graphs;
import org.sahelkg.load.Project;
import org.sahelkg.reason.Explainer;
import org.sahelkg.reason.Reasoner;
import org.sahelkg.store.Store;
import org.sahelkg.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code reason}: what the rules of ontology/rules/ derived, overall or about one resource. */
@Command(name = "reason", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Show what the reasoning rules (ontology/rules/) derived in the store: per rule, or, with "
                + "--explain, everything inferred about one resource and why, in plain words.",
                "The rules run whenever the store is built (load, or serve after a change)."})
final class ReasonCommand implements Callable<Integer> {
    private static final String PER_RULE = Prefixes.sparql() + """
            SELECT ?file ?title (COUNT(?d) AS ?derivations) WHERE {
              ?rule a skg:Rule ; skg:ruleFile ?file ; rdfs:label ?title .
              OPTIONAL { ?d skg:rule ?rule }
            } GROUP BY ?file ?title ORDER BY ?file""";

    @ParentCommand
    Main main;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--explain", paramLabel = "IRI",
            description = "A resource (IRI or id such as country/niger) whose inferences to explain.")
    String explain;

    @Option(names = "--prefixes",
            description = "Print the PREFIX lines the reasoner declares for every rule file (skg:, graph:, id:, rule:, "
                    + "…), to run a rule elsewhere; needs no store.")
    boolean prefixes;

    @Override
    public Integer call() {
        if (prefixes) {
            Reasoner.prefixes().forEach((prefix, iri) -> main.out.println("PREFIX " + prefix + ": <" + iri + ">"));
            main.out.flush();
            return Main.OK;
        }
        Project project = projectOptions.project();
        try (Store store = main.store(storeOptions.dir(project))) {
            store.ensureFresh(project);
            DatasetGraph dataset = store.open();
            if (explain != null) {
                main.out.print(new Explainer(dataset).explain(explain));
            } else {
                Txn.executeRead(dataset, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(Graphs.unionView(dataset)))
                            .query(PER_RULE).build()) {
                        qe.execSelect().forEachRemaining(row -> main.out.printf("%-42s %6d  %s%n",
                                row.getLiteral("file").getString(), row.getLiteral("derivations").getLong(),
                                row.getLiteral("title").getString()));
                    }
                });
            }
            main.out.flush();
            return Main.OK;
        }
    }
}
