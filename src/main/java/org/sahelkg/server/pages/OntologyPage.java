package org.sahelkg.server.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.server.graph.Kg;
import org.sahelkg.server.http.Exchange;

/**
 * The ontology's page ({@code /ontology.html}): each of its terms under its own anchor, so that a term's
 * IRI ({@code …/ontology#Event}) lands on it: labels, definition, domain and range, super-terms, how
 * often the graph uses it; then the terms it reuses from other vocabularies.
 */
public final class OntologyPage {
    private static final Node ONTOLOGY = NodeFactory.createURI(Iris.ONTOLOGY_DOCUMENT);
    private static final Set<Node> SHOWN = Set.of(RDF.Nodes.type, RDFS.Nodes.label, RDFS.Nodes.comment,
            RDFS.Nodes.domain, RDFS.Nodes.range, RDFS.Nodes.subClassOf, RDFS.Nodes.subPropertyOf,
            SKOS.prefLabel.asNode(), RDFS.Nodes.isDefinedBy);

    private final Site site;

    public OntologyPage(Site site) {
        this.site = site;
    }

    /** One term of the ontology. */
    public record Term(String id, String iri, String name, List<Text> labels, List<Text> comments, List<Ref> types,
                       List<Ref> domain, List<Ref> range, List<Ref> supers, List<Prop> more, long uses) {
    }

    /** Terms of one kind. */
    public record Group(String id, String title, List<Term> terms) {
    }

    public void render(Exchange ex, Kg kg) throws IOException {
        site.page(ex, HttpServletResponse.SC_OK, "ontology", kg.label(ONTOLOGY), "ontology", model(kg));
    }

    private Map<String, Object> model(Kg kg) {
        Graph g = kg.dataset().getGraph(Graphs.ONTOLOGY);
        Set<Node> own = new LinkedHashSet<>();
        Set<Node> external = new LinkedHashSet<>();
        g.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) {
                return;
            }
            if (s.getURI().startsWith(Iris.ONTOLOGY)) {
                own.add(s);
            } else if (!s.getURI().startsWith(Iris.BASE) && isTerm(t.getObject())) {
                external.add(s);
            }
        });
        Map<Node, Long> uses = site.stats().figures().triplesPerProperty();
        Map<Node, Long> members = site.stats().figures().entitiesPerClass();
        List<Term> classes = new ArrayList<>();
        List<Term> objectProperties = new ArrayList<>();
        List<Term> dataProperties = new ArrayList<>();
        List<Term> individuals = new ArrayList<>();
        for (Node s : own) {
            List<Node> types = kg.types(s);
            if (types.contains(OWL.Class.asNode()) || types.contains(RDFS.Class.asNode())) {
                classes.add(term(kg, s, members.getOrDefault(s, 0L)));
            } else if (types.contains(OWL.ObjectProperty.asNode())) {
                objectProperties.add(term(kg, s, uses.getOrDefault(s, 0L)));
            } else if (types.contains(OWL.DatatypeProperty.asNode()) || types.contains(OWL.AnnotationProperty.asNode())
                    || types.contains(RDF.Nodes.Property)) {
                dataProperties.add(term(kg, s, uses.getOrDefault(s, 0L)));
            } else {
                individuals.add(term(kg, s, kg.subjects(Node.ANY, s).size()));
            }
        }
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("classes", "Classes", sorted(classes)));
        groups.add(new Group("object-properties", "Object properties", sorted(objectProperties)));
        groups.add(new Group("datatype-properties", "Datatype properties", sorted(dataProperties)));
        groups.add(new Group("individuals", "Individuals", sorted(individuals)));
        List<Ref> reused = new ArrayList<>(Site.refs(kg, new ArrayList<>(external)));
        Map<String, Object> m = new HashMap<>();
        m.put("iri", Iris.ONTOLOGY_DOCUMENT);
        m.put("labels", ResourcePage.texts(kg, ONTOLOGY, RDFS.Nodes.label));
        m.put("comments", ResourcePage.texts(kg, ONTOLOGY, RDFS.Nodes.comment));
        m.put("version", kg.literal(ONTOLOGY, OWL.versionInfo.asNode(), null).orElse(""));
        m.put("groups", groups);
        m.put("reused", reused);
        m.put("alternates", Site.alternates(Iris.ONTOLOGY_DOCUMENT));
        m.put("formats", Site.alternates(Iris.ONTOLOGY_DOCUMENT));
        return m;
    }

    private static boolean isTerm(Node type) {
        return type.equals(OWL.Class.asNode()) || type.equals(OWL.ObjectProperty.asNode())
                || type.equals(OWL.DatatypeProperty.asNode()) || type.equals(RDFS.Class.asNode())
                || type.equals(RDF.Nodes.Property) || type.equals(OWL.AnnotationProperty.asNode());
    }

    private static List<Term> sorted(List<Term> terms) {
        terms.sort(Comparator.comparing(Term::name, String.CASE_INSENSITIVE_ORDER));
        return terms;
    }

    private static Term term(Kg kg, Node s, long uses) {
        Map<Node, List<Val>> more = new HashMap<>();
        for (Triple t : kg.outgoing(s)) {
            if (!SHOWN.contains(t.getPredicate())) {
                more.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(ResourcePage.value(kg, s, t));
            }
        }
        List<Prop> props = new ArrayList<>();
        more.forEach((p, vals) -> props.add(new Prop(Site.ref(kg, p), vals)));
        props.sort(Comparator.comparing(p -> p.property().label()));
        List<Node> supers = new ArrayList<>(kg.objects(s, RDFS.Nodes.subClassOf));
        supers.addAll(kg.objects(s, RDFS.Nodes.subPropertyOf));
        String name = s.getURI().substring(Iris.ONTOLOGY.length());
        return new Term(name, s.getURI(), "skg:" + name, ResourcePage.texts(kg, s, RDFS.Nodes.label),
                ResourcePage.texts(kg, s, RDFS.Nodes.comment), Site.refs(kg, kg.types(s)),
                Site.refs(kg, kg.objects(s, RDFS.Nodes.domain)), Site.refs(kg, kg.objects(s, RDFS.Nodes.range)),
                Site.refs(kg, supers), props, uses);
    }
}
