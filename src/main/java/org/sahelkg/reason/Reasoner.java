package org.sahelkg.reason;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.exec.UpdateExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.sahelkg.iri.Graphs;
import org.sahelkg.load.Project;
import org.sahelkg.sparql.SafeSparql;
import org.sahelkg.vocab.SKG;

/**
 * Runs the rules of {@code ontology/rules/} over the union of the named graphs and writes what they derive into
 * the inferred graph only, in one write transaction. Rules run in file order; a rule marked
 * {@code # Repeat: until no change} runs again until it adds nothing; one marked {@code # Join: hash} runs with ARQ's
 * index-join substitution off, so that its independent subqueries are each evaluated once and hash-joined. Each rule is described in the inferred
 * graph (a {@code skg:Rule} with its title, what it derives and why it is sound), so that explanations can cite
 * it.
 */
public final class Reasoner {
    /** Passes after which a repeating rule is stopped: containment chains are far shorter. */
    static final int MAX_PASSES = 32;
    static final Node INFERRED = Graphs.INFERRED;

    private Reasoner() {
    }

    /** Runs the project's rules over {@code dataset}, which must hold the ontology, data and sources graphs. */
    public static ReasoningReport materialize(Project project, DatasetGraph dataset) {
        return run(RuleFile.readAll(project.rules(), "ontology/rules"), dataset);
    }

    /** Runs {@code rules} over {@code dataset}. */
    static ReasoningReport run(List<RuleFile> rules, DatasetGraph dataset) {
        List<ReasoningReport.RuleRun> runs = new ArrayList<>();
        DatasetGraph view = Graphs.unionView(dataset);
        Txn.executeWrite(dataset, () -> {
            Graph inferred = dataset.getGraph(INFERRED);
            for (RuleFile rule : rules) {
                describe(rule, inferred);
                long started = System.nanoTime();
                long before = inferred.size();
                int passes = 0;
                long added;
                do {
                    long size = inferred.size();
                    UpdateExecBuilder exec = UpdateExec.dataset(view).update(rule.update()).context(SafeSparql.context());
                    if (rule.hashJoin()) {
                        exec.set(ARQ.optIndexJoinStrategy, false);
                    }
                    exec.execute();
                    added = inferred.size() - size;
                    passes++;
                } while (rule.repeat() && added > 0 && passes < MAX_PASSES);
                if (rule.repeat() && added > 0) {
                    throw new RuleException(rule.file() + ": still adding triples after " + MAX_PASSES + " passes");
                }
                runs.add(new ReasoningReport.RuleRun(rule.name(), rule.file(), passes, inferred.size() - before,
                        Duration.ofNanos(System.nanoTime() - started)));
            }
        });
        return new ReasoningReport(runs);
    }

    /**
     * The prefixes every rule file may use without declaring them (prefix → namespace), from {@code iri/}: what
     * {@code reason --prefixes} prints, so that a rule can be run elsewhere.
     */
    public static Map<String, String> prefixes() {
        return RuleFile.PREFIXES;
    }

    private static void describe(RuleFile rule, Graph inferred) {
        Node r = NodeFactory.createURI(rule.iri());
        inferred.add(Triple.create(r, RDF.Nodes.type, SKG.C_RULE));
        inferred.add(Triple.create(r, RDFS.Nodes.label, NodeFactory.createLiteralLang(rule.title(), "en")));
        inferred.add(Triple.create(r, RDFS.Nodes.comment, NodeFactory.createLiteralLang(rule.derives(), "en")));
        inferred.add(Triple.create(r, SKG.SOUNDNESS, NodeFactory.createLiteralLang(rule.soundness(), "en")));
        inferred.add(Triple.create(r, SKG.RULE_FILE, NodeFactory.createLiteralString(rule.file())));
    }
}
