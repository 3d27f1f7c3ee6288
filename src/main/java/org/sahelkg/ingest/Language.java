package org.sahelkg.ingest;

import java.util.Set;

/** English or French, told by the share of each language's commonest words (no model, nothing downloaded). */
final class Language {
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "that", "was", "for", "on",
            "with", "has", "its", "by", "said", "have", "were", "from", "which", "their", "it", "this", "after");
    private static final Set<String> FR = Set.of("le", "la", "les", "des", "et", "est", "du", "un", "une", "que",
            "dans", "pour", "sur", "qui", "au", "aux", "selon", "par", "pas", "ont", "avec", "apres", "cette", "il");

    private Language() {
    }

    /** "fr" when French function words outnumber English ones, else "en". */
    static String detect(String text) {
        int en = 0;
        int fr = 0;
        for (Tokens.Token t : Tokens.of(text.codePoints().toArray())) {
            if (EN.contains(t.folded())) {
                en++;
            }
            if (FR.contains(t.folded())) {
                fr++;
            }
        }
        return fr > en ? "fr" : "en";
    }
}
