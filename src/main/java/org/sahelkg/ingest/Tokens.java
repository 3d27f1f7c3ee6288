package org.sahelkg.ingest;

import java.util.ArrayList;
import java.util.List;
import org.sahelkg.load.Names;

/**
 * The words of a text: runs of letters and digits, with their code-point offsets and their folded form (as the
 * loader folds names: lower case, accents dropped). Hyphens, apostrophes and spaces separate words, so
 * "Tin-Zaouatène", "Tin Zaouatene" and "l'espace" split alike.
 */
final class Tokens {
    /** A word: code-point offsets [start, end), its text and folded form, and how it is written. */
    record Token(int start, int end, String text, String folded, boolean capitalised, boolean allCaps) {
    }

    private Tokens() {
    }

    static List<Token> of(int[] cps) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            if (!Character.isLetterOrDigit(cps[i])) {
                i++;
                continue;
            }
            int s = i;
            while (i < cps.length && (Character.isLetterOrDigit(cps[i]) || Character.getType(cps[i])
                    == Character.NON_SPACING_MARK)) {
                i++;
            }
            String text = new String(cps, s, i - s);
            String folded = Names.fold(text);
            boolean cap = Character.isUpperCase(cps[s]);
            boolean caps = text.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && text.codePoints().anyMatch(Character::isLetter);
            if (!folded.isEmpty()) {
                out.add(new Token(s, i, text, folded, cap, caps));
            }
        }
        return out;
    }

    /** The folded words of a name, as {@link #of} splits a text. */
    static List<String> folded(String name) {
        return of(name.codePoints().toArray()).stream().map(Token::folded).toList();
    }
}
