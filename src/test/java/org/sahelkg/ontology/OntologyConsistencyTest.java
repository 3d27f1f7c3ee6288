package org.sahelkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Iris;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.load.Project;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/**
 * The ontology, with the real data and source records as its individuals, is consistent under two OWL reasoners:
 * HermiT (complete for OWL 2 DL) and Jena's OWL Micro rule reasoner; no class of the ontology is unsatisfiable.
 * The disjointness axioms (a claim is never an assertion, an event is never an actor, a person never an
 * organisation, a country never a town) make this a real test, and a fixture shows HermiT finds a clash.
 */
class OntologyConsistencyTest {
    static Graph ontology;
    static Graph all;

    @BeforeAll
    static void build() {
        DatasetGraph dsg = KnowledgeGraph.build(Project.at(Path.of(System.getProperty("sahelkg.home", "."))));
        ontology = dsg.getGraph(NodeFactory.createURI(Iris.GRAPH_ONTOLOGY));
        all = GraphFactory.createDefaultGraph();
        for (String g : List.of(Iris.GRAPH_ONTOLOGY, Iris.GRAPH_DATA, Iris.GRAPH_SOURCES, Iris.GRAPH_INFERRED)) {
            dsg.getGraph(NodeFactory.createURI(g)).find().forEachRemaining(all::add);
        }
    }

    @Test
    void hermitFindsOntologyAndDataConsistent() throws Exception {
        OWLReasoner reasoner = hermit(all);
        assertTrue(reasoner.isConsistent(), "HermiT: the ontology with the data is inconsistent");
        Set<String> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                .map(OWLClass::toStringID).collect(Collectors.toSet());
        assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
    }

    @Test
    void hermitFindsAClaimThatIsAlsoAnAssertionInconsistent() throws Exception {
        Graph clash = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(clash::add);
        RDFDataMgr.read(clash, new ByteArrayInputStream("""
                @prefix skg: <https://w3id.org/sahel-kg/ontology#> .
                <https://w3id.org/sahel-kg/id/claim/x> a skg:Claim , skg:Assertion .
                """.getBytes()), Lang.TURTLE);
        assertTrue(!hermit(clash).isConsistent(), "a resource both claim and assertion must be inconsistent");
    }

    @Test
    void jenaOwlReasonerFindsNoClash() {
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(),
                ModelFactory.createModelForGraph(all));
        ValidityReport report = inf.validate();
        StringBuilder problems = new StringBuilder();
        report.getReports().forEachRemaining(r -> {
            if (r.isError()) {
                problems.append('\n').append(r);
            }
        });
        assertTrue(report.isValid(), "Jena OWL Micro:" + problems);
    }

    private static OWLReasoner hermit(Graph graph) throws Exception {
        ByteArrayOutputStream turtle = new ByteArrayOutputStream();
        RDFDataMgr.write(turtle, graph, Lang.TURTLE);
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology owl = manager.loadOntologyFromOntologyDocument(new ByteArrayInputStream(turtle.toByteArray()));
        return new ReasonerFactory().createReasoner(owl);
    }
}
