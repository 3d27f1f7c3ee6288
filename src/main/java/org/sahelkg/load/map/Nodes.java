package org.sahelkg.load.map;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.sahelkg.iri.Iris;
import org.sahelkg.model.EdtfDate;

/** The nodes mappers make: IRIs through {@link Iris} only, literals with the datatype the ontology says. */
final class Nodes {
    static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private Nodes() {
    }

    /** The resource an id names; null for no id, so optional references map to nothing. */
    static Node id(String id) {
        return id == null ? null : NodeFactory.createURI(Iris.of(id));
    }

    /** The resources a list of ids names; none for no list. */
    static List<Node> ids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(Nodes::id).collect(Collectors.toList());
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A node that belongs to a resource ({@code <resource>#name}). */
    static Node part(Node resource, String name) {
        return NodeFactory.createURI(Iris.part(resource.getURI(), name));
    }

    static Node lang(String text, String tag) {
        return NodeFactory.createLiteralLang(text, tag);
    }

    /** Curators write notes in English. */
    static Node english(String text) {
        return text == null ? null : lang(text, "en");
    }

    static Node string(String text) {
        return text == null ? null : NodeFactory.createLiteralString(text);
    }

    /** A decimal as written: {@code 9.5} stays 9.5 and {@code 1300} stays 1300, never 1.3E+3. */
    static Node decimal(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    static Node nonNegativeInteger(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node doubleValue(BigDecimal value) {
        return NodeFactory.createLiteralDT(value.stripTrailingZeros().toPlainString(), XSDDatatype.XSDdouble);
    }

    static Node date(LocalDate date) {
        return date == null ? null : NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    /** The literal of a day, month or year (xsd:date, xsd:gYearMonth, xsd:gYear); null for a decade. */
    static Node literal(EdtfDate date) {
        if (date == null || date.xsdDatatype() == null) {
            return null;
        }
        return typed(date.lexical(), date.xsdDatatype());
    }

    static Node typed(String lexical, String datatypeIri) {
        RDFDatatype type = TypeMapper.getInstance().getSafeTypeByName(datatypeIri);
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
