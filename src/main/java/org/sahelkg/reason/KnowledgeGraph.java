package org.sahelkg.reason;

import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;

/** The whole graph of a project, in memory: what the loader reads, then what the rules infer from it. */
public final class KnowledgeGraph {
    private KnowledgeGraph() {
    }

    /** Loads the project (a problem throws {@link org.sahelkg.load.LoadException}) and runs its rules. */
    public static DatasetGraph build(Project project) {
        DatasetGraph dataset = GraphBuilder.build(project);
        Reasoner.materialize(project, dataset);
        return dataset;
    }
}
