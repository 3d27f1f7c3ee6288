package org.sahelkg.load.map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.sahelkg.model.EdtfDate;
import org.sahelkg.model.EdtfValue;
import org.sahelkg.vocab.SKG;
import org.sahelkg.vocab.TIME;

/**
 * Time values as OWL-Time nodes that keep the curated EDTF string, its precision and the first and last
 * days it can denote; single days, months and years also as one literal whose datatype is the precision.
 */
final class TimeParts {
    private TimeParts() {
    }

    /** Maps a value to the node {@code <resource>#name} and returns it. */
    static Node map(Out out, Node resource, String name, EdtfValue v) {
        Node t = Nodes.part(resource, name);
        out.add(t, RDF.Nodes.type, v.kind() == EdtfValue.Kind.ONE_OF ? SKG.C_ONE_OF_RANGE : TIME.C_PROPER_INTERVAL);
        out.add(t, SKG.EDTF, Nodes.string(v.text()));
        out.addIf(t, SKG.PRECISION, v.precision() == null ? null : unit(v.precision()));
        out.addIf(t, SKG.EARLIEST, Nodes.date(v.earliest()));
        out.addIf(t, SKG.LATEST, Nodes.date(v.latest()));
        if (v.kind() == EdtfValue.Kind.SINGLE) {
            out.addIf(t, SKG.DATE, Nodes.literal(v.date()));
        } else if (v.kind() == EdtfValue.Kind.INTERVAL) {
            end(out, resource, t, name + "-begin", v.begin(), SKG.BEGIN_DATE, TIME.HAS_BEGINNING);
            end(out, resource, t, name + "-end", v.end(), SKG.END_DATE, TIME.HAS_END);
        }
        if (v.approximate()) {
            out.add(t, SKG.APPROXIMATE, Nodes.TRUE);
        }
        if (v.uncertain()) {
            out.add(t, SKG.UNCERTAIN, Nodes.TRUE);
        }
        return t;
    }

    /** The literals of a value copied onto the resource itself, for queries that want no time node. */
    static void copyDates(Out out, Node resource, EdtfValue v) {
        if (v.kind() == EdtfValue.Kind.SINGLE) {
            out.addIf(resource, SKG.DATE, Nodes.literal(v.date()));
        } else if (v.kind() == EdtfValue.Kind.INTERVAL) {
            out.addIf(resource, SKG.BEGIN_DATE, Nodes.literal(v.begin().date()));
            out.addIf(resource, SKG.END_DATE, Nodes.literal(v.end().date()));
        }
    }

    /** The literal of a single day, month or year; null for anything else. */
    static Node literal(EdtfValue v) {
        return v.kind() == EdtfValue.Kind.SINGLE ? Nodes.literal(v.date()) : null;
    }

    private static void end(Out out, Node resource, Node t, String name, EdtfValue.Bound bound, Node dateProperty,
                            Node endProperty) {
        if (!bound.isDate()) {
            return;
        }
        EdtfDate date = bound.date();
        Node literal = Nodes.literal(date);
        Node instant = Nodes.part(resource, name);
        out.addIf(t, dateProperty, literal);
        out.add(t, endProperty, instant);
        out.add(instant, RDF.Nodes.type, TIME.C_INSTANT);
        if (literal != null) {
            out.add(instant, position(date.precision()), literal);
        }
        out.add(instant, SKG.PRECISION, unit(date.precision()));
        if (date.approximate()) {
            out.add(instant, SKG.APPROXIMATE, Nodes.TRUE);
        }
        if (date.uncertain()) {
            out.add(instant, SKG.UNCERTAIN, Nodes.TRUE);
        }
    }

    private static Node unit(EdtfDate.Precision precision) {
        switch (precision) {
            case DAY:
                return TIME.UNIT_DAY;
            case MONTH:
                return TIME.UNIT_MONTH;
            case YEAR:
                return TIME.UNIT_YEAR;
            default:
                return SKG.UNIT_DECADE;
        }
    }

    private static Node position(EdtfDate.Precision precision) {
        switch (precision) {
            case DAY:
                return TIME.IN_XSDDATE;
            case MONTH:
                return TIME.IN_XSDG_YEAR_MONTH;
            default:
                return TIME.IN_XSDG_YEAR;
        }
    }
}
