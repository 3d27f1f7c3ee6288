package org.sahelkg.synth;

/**
 * How a resource is named in English and French: its label, and how a sentence refers to it ("the Armed
 * Forces of Country A", « les Forces armées du Pays A »).
 */
record Name(String en, String fr, String refEn, String refFr) {
    static Name of(String en, String fr) {
        return new Name(en, fr, en, fr);
    }

    String label(String lang) {
        return lang.equals("fr") ? fr : en;
    }

    String ref(String lang) {
        return lang.equals("fr") ? refFr : refEn;
    }
}
