package org.sahelkg.model;

import java.time.LocalDate;

/**
 * One calendar value of an EDTF string (a day, month, year or decade), with the days it can denote.
 * Kept free of RDF so that every layer can use it; the loader turns {@link #xsdDatatype()} and
 * {@link #lexical()} into a typed literal.
 *
 * @param lexical     the value as written, without its qualifier ({@code 2025-04}, {@code 199X})
 * @param precision   the unit it is known to
 * @param earliest    the first day it can denote
 * @param latest      the last day it can denote
 * @param approximate written with {@code ~} or {@code %}
 * @param uncertain   written with {@code ?} or {@code %}
 */
public record EdtfDate(String lexical, Precision precision, LocalDate earliest, LocalDate latest,
                       boolean approximate, boolean uncertain) {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** How finely a value is known, finest first. */
    public enum Precision {
        DAY, MONTH, YEAR, DECADE;

        /** The finer of two precisions. */
        public Precision finer(Precision other) {
            return other == null || compareTo(other) <= 0 ? this : other;
        }
    }

    /**
     * The XSD datatype IRI whose lexical space {@link #lexical()} belongs to: xsd:date, xsd:gYearMonth or
     * xsd:gYear; null for a decade, which XSD cannot express without pretending to a year.
     */
    public String xsdDatatype() {
        switch (precision) {
            case DAY:
                return XSD + "date";
            case MONTH:
                return XSD + "gYearMonth";
            case YEAR:
                return XSD + "gYear";
            default:
                return null;
        }
    }
}
