package org.sahelkg.load.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Problem;
import org.sahelkg.load.json.DeclaredId;
import org.sahelkg.load.json.JsonFile;
import org.sahelkg.load.json.JsonRecord;
import org.sahelkg.model.ClaimRecord;
import org.sahelkg.model.EntityRecord;
import org.sahelkg.model.EventRecord;
import org.sahelkg.model.MembershipRecord;
import org.sahelkg.model.OrganisationRecord;
import org.sahelkg.model.PostRecord;
import org.sahelkg.model.ProposalRecord;
import org.sahelkg.model.RelationRecord;
import org.sahelkg.model.SourceRecord;

/**
 * Everything the checks and mappers look up across files: which ids exist (declared by a record or present
 * in the ontology), the first definition of each, the source records, the English labels that generated
 * labels are made of, and which properties the ontology declares.
 */
public final class Registry {
    private static final List<Node> PROPERTY_CLASSES = List.of(OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(), RDF.Nodes.Property);

    private final Graph ontology;
    private final boolean complete;
    private final Map<String, DeclaredId> declared = new LinkedHashMap<>();
    private final Set<String> ontologyIds = new HashSet<>();
    private final Map<String, Object> records = new HashMap<>();
    /** What lends each id its names (its parts, what it is part of, its capital, its organisations), built once. */
    private Map<String, List<String>> related;

    private Registry(Graph ontology, boolean complete) {
        this.ontology = ontology;
        this.complete = complete;
        ontology.find().forEachRemaining(t -> {
            String id = t.getSubject().isURI() ? Iris.idOf(t.getSubject().getURI()) : null;
            if (id != null) {
                ontologyIds.add(id);
            }
        });
    }

    /**
     * Registers the ids of {@code files} in order, reporting every id declared twice at its second place.
     *
     * @param complete false when some input could not be read to its end: references are then not judged,
     *                 since the id they name may be in the part that was not read
     */
    public static Registry build(Graph ontology, boolean complete, List<JsonFile> files, List<Problem> problems) {
        Registry registry = new Registry(ontology, complete);
        for (JsonFile file : files) {
            for (DeclaredId id : file.ids()) {
                DeclaredId first = registry.declared.putIfAbsent(id.id(), id);
                if (first != null) {
                    problems.add(file.problem(id.pointer() + "/id", "duplicate id \"" + id.id()
                            + "\", first defined at " + first.where()));
                }
            }
            for (JsonRecord<?> record : file.records()) {
                if (record.id() != null) {
                    registry.records.putIfAbsent(record.id(), record.value());
                }
            }
        }
        return registry;
    }

    /**
     * The names an id goes by in the curated data, lower-cased: its own labels, aliases and mention quotes; those
     * of the organisations that are part of it (a state acts through its ministries and armed forces), of what it
     * is part of ("Mali carried out strikes" names its armed forces), of its capital ("Bamako" names the Malian
     * government) and of the organisations it is a member of ("the AES countries" names Mali). Empty for an id no
     * entity record declares.
     */
    public Set<String> names(String id) {
        if (related == null) {
            related = new HashMap<>();
            records.forEach((k, v) -> {
                if (v instanceof OrganisationRecord && ((OrganisationRecord) v).partOf() != null) {
                    relate(((OrganisationRecord) v).partOf(), k);
                    relate(k, ((OrganisationRecord) v).partOf());
                } else if (v instanceof MembershipRecord) {
                    relate(((MembershipRecord) v).member(), ((MembershipRecord) v).organization());
                } else if (v instanceof RelationRecord && "skg:capital".equals(((RelationRecord) v).property())) {
                    relate(((RelationRecord) v).subject(), ((RelationRecord) v).object());
                }
            });
        }
        Set<String> names = new HashSet<>();
        Set<String> seen = new HashSet<>();
        addNames(names, seen, id, 2);
        return names;
    }

    private void relate(String from, String to) {
        related.computeIfAbsent(from, x -> new ArrayList<>()).add(to);
    }

    /** The names of an id and of what is related to it, up to {@code depth} steps (the capital of a ministry's state). */
    private void addNames(Set<String> names, Set<String> seen, String id, int depth) {
        if (!seen.add(id)) {
            return;
        }
        addNames(names, records.get(id));
        if (depth > 0) {
            for (String r : related.getOrDefault(id, List.of())) {
                addNames(names, seen, r, depth - 1);
            }
        }
    }

    private static void addNames(Set<String> names, Object record) {
        if (!(record instanceof EntityRecord)) {
            return;
        }
        EntityRecord e = (EntityRecord) record;
        e.label().values().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        if (e.aliases() != null) {
            e.aliases().forEach(a -> names.add(a.text().toLowerCase(Locale.ROOT)));
        }
        if (e.mentions() != null) {
            e.mentions().forEach(m -> names.add(m.quote().toLowerCase(Locale.ROOT)));
        }
    }

    public Graph ontology() {
        return ontology;
    }

    /** False when some input was not read to its end, so a missing id may only be unread. */
    public boolean complete() {
        return complete;
    }

    /** True when a record declares the id or the ontology has its IRI as a subject. */
    public boolean exists(String id) {
        return declared.containsKey(id) || ontologyIds.contains(id);
    }

    /** The first declaration of an id by a record, or null. */
    public DeclaredId declaration(String id) {
        return declared.get(id);
    }

    /** The source record of an id, or null when there is none (or it could not be read). */
    public SourceRecord source(String id) {
        Object r = records.get(id);
        return r instanceof SourceRecord ? (SourceRecord) r : null;
    }

    /** The role of a post record, or null. */
    public String postRole(String postId) {
        Object r = records.get(postId);
        return r instanceof PostRecord ? ((PostRecord) r).role() : null;
    }

    /** True when the ontology declares the IRI as a property of one of the four kinds. */
    public boolean declaresProperty(String iri) {
        Node p = NodeFactory.createURI(iri);
        return PROPERTY_CLASSES.stream().anyMatch(c -> ontology.contains(p, RDF.Nodes.type, c));
    }

    /** The English label of an id: its record's, else the ontology's, else the id itself. */
    public String englishLabel(String id) {
        Map<String, String> labels = labelsOf(records.get(id));
        if (labels != null && labels.containsKey("en")) {
            return labels.get("en");
        }
        String label = englishLabel(NodeFactory.createURI(Iris.of(id)));
        return label != null ? label : id;
    }

    /** The ontology's English rdfs:label (else skos:prefLabel) of a term, or null. */
    public String englishLabel(Node term) {
        for (Node p : List.of(RDFS.Nodes.label, SKOS.prefLabel.asNode())) {
            String label = ontology.find(term, p, Node.ANY).toList().stream().map(Triple::getObject)
                    .filter(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase("en"))
                    .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    private static Map<String, String> labelsOf(Object record) {
        if (record instanceof EntityRecord) {
            return ((EntityRecord) record).label();
        }
        if (record instanceof EventRecord) {
            return ((EventRecord) record).label();
        }
        if (record instanceof ClaimRecord) {
            return ((ClaimRecord) record).label();
        }
        if (record instanceof ProposalRecord) {
            return ((ProposalRecord) record).label();
        }
        if (record instanceof SourceRecord) {
            return ((SourceRecord) record).label();
        }
        return null;
    }
}
