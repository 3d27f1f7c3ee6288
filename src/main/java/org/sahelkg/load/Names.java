package org.sahelkg.load;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of names for lookup, so that a search for "Tinzaouatene" finds "Tinzawatène" and "MAÏGA" finds
 * "Maïga". The loader stores the folded form of every label and alias as skg:searchKey; a query folds the
 * user's input the same way and compares for equality. A SPARQL version must do exactly these steps:
 * <ol>
 *   <li>Unicode NFD, then drop every combining mark ({@code \p{M}}): é → e, ï → i, ç → c;</li>
 *   <li>lower-case ({@code Locale.ROOT});</li>
 *   <li>map the letters NFD does not split: ı → i, ø → o, ł → l, đ → d, ß → ss, æ → ae, œ → oe,
 *       þ → th;</li>
 *   <li>drop every character that is not a letter or a digit (spaces, hyphens, apostrophes …); letters of
 *       other scripts, such as Arabic, are kept.</li>
 * </ol>
 */
public final class Names {
    private Names() {
    }

    /** The search key of a name: {@code "Front de libération de l'Azawad"} → {@code frontdeliberationdelazawad}. */
    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case 'ı':
                    sb.append('i');
                    break;
                case 'ø':
                    sb.append('o');
                    break;
                case 'ł':
                    sb.append('l');
                    break;
                case 'đ':
                    sb.append('d');
                    break;
                case 'ß':
                    sb.append("ss");
                    break;
                case 'æ':
                    sb.append("ae");
                    break;
                case 'œ':
                    sb.append("oe");
                    break;
                case 'þ':
                    sb.append("th");
                    break;
                default:
                    if (Character.isLetterOrDigit(c)) {
                        sb.appendCodePoint(c);
                    }
            }
        });
        return sb.toString();
    }
}
