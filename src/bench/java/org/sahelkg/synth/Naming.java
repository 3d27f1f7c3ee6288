package org.sahelkg.synth;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Synthetic names: places and surnames built from syllables, so that nothing generated names a real country
 * or person, plus the slugs of ids and the few French contractions the labels need. Every name is drawn
 * once: a slug already given is never given again.
 */
final class Naming {
    private static final String[] SYLLABLES = {
        "ta", "tin", "ka", "kel", "ma", "ga", "ber", "ag", "sa", "do", "ni", "ya", "ro", "za", "me", "na", "ki",
        "bou", "dja", "ré", "tes", "an", "gon", "dou", "en", "wa", "la", "li", "fa", "ha", "mé", "no", "ba", "da",
        "go", "ké", "lé", "to", "ti", "zou", "lo", "sé", "ou", "gui", "dia", "kou", "sor", "kar", "tam", "dar",
        "fal", "zin", "bé", "oum", "dji", "sou", "mo", "hom", "gar", "té"};
    private static final String[] FIRST_NAMES = {
        "Amadou", "Moussa", "Ibrahim", "Aïcha", "Fatoumata", "Oumar", "Mariam", "Hamidou", "Souleymane", "Salif",
        "Aminata", "Boubacar", "Adama", "Issa", "Mahamadou", "Kadidia", "Djénéba", "Seydou", "Alassane", "Hawa",
        "Youssouf", "Zeinabou", "Abdoulaye", "Ousmane", "Ramatou", "Idrissa", "Habib", "Nafissatou", "Cheick",
        "Bintou"};
    /** Real names the syllables could spell by chance; none of them may name a synthetic place or person. */
    private static final Set<String> REAL = Set.of("mali", "togo", "niger", "ghana", "gabon", "benin", "tchad",
            "chad", "oman", "peru", "iran", "iraq", "cuba", "fiji", "laos", "kenya", "gao", "kidal", "menaka",
            "tessalit", "agadez", "zinder", "dori", "djibo", "kano", "tahoua", "maradi", "sokoto", "kayes", "mopti",
            "segou", "sikasso", "tillaberi", "diffa", "dosso", "bamako", "niamey", "dakar", "abuja", "ndjamena");

    private final Set<String> used = new HashSet<>();

    /** A new place or surname root of two or three syllables, capitalised: "Kelmadou". */
    String root(Dice dice) {
        for (int attempt = 0; ; attempt++) {
            int n = dice.chance(0.7) ? 2 : 3;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(dice.pick(SYLLABLES));
            }
            if (attempt > 50) {
                sb.append(dice.pick(SYLLABLES));
            }
            String name = capitalise(sb.toString());
            if (claim(name)) {
                return name;
            }
        }
    }

    /** A new person's name: a common first name and a synthetic surname. */
    String person(Dice dice) {
        for (;;) {
            String name = dice.pick(FIRST_NAMES) + " " + capitalise(
                    dice.pick(SYLLABLES) + dice.pick(SYLLABLES) + (dice.chance(0.4) ? dice.pick(SYLLABLES) : ""));
            if (claim(name)) {
                return name;
            }
        }
    }

    /** Reserves a name; false when its slug is taken or it could be a real name. */
    boolean claim(String name) {
        String slug = slug(name);
        if (REAL.contains(slug) || REAL.stream().anyMatch(r -> slug.startsWith(r + "-"))) {
            return false;
        }
        return used.add(slug);
    }

    /** The id slug of a name: lower-case ASCII words joined by hyphens ("Tin Kelmatène" → tin-kelmatene). */
    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace('’', '-').replace('\'', '-');
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** French "de" before a name: "d'Azar", "de Kelma". */
    static String de(String name) {
        return startsWithVowel(name) ? "d'" + name : "de " + name;
    }

    /** French "de" before a reference with its article: "du Pays A", "des manifestants", "de l'armée". */
    static String deRef(String ref) {
        if (ref.startsWith("le ")) {
            return "du " + ref.substring(3);
        }
        if (ref.startsWith("les ")) {
            return "des " + ref.substring(4);
        }
        if (ref.startsWith("des ")) {
            return "de " + ref.substring(4);
        }
        if (ref.startsWith("la ") || ref.startsWith("l'")) {
            return "de " + ref;
        }
        return de(ref);
    }

    /** French "à" before a reference with its article: "au Pays A", "aux manifestants", "à Kelma". */
    static String aRef(String ref) {
        if (ref.startsWith("le ")) {
            return "au " + ref.substring(3);
        }
        if (ref.startsWith("les ")) {
            return "aux " + ref.substring(4);
        }
        return "à " + ref;
    }

    /** True when a French word elides before the name ("l'", "d'"). */
    static boolean startsWithVowel(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return !folded.isEmpty() && "aeiouyh".indexOf(folded.charAt(0)) >= 0;
    }

    /** A label map in the order en, fr. */
    static Map<String, String> labels(String en, String fr) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("en", en);
        if (fr != null) {
            m.put("fr", fr);
        }
        return m;
    }

    /** A one-language text map. */
    static Map<String, String> text(String lang, String text) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(lang, text);
        return m;
    }
}
