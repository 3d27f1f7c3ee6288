package org.sahelkg.reason;

/** An {@link Explanation} in plain words, as {@code reason --explain} prints it. */
public final class ExplanationText {
    private ExplanationText() {
    }

    public static String render(Explanation e) {
        StringBuilder out = new StringBuilder();
        out.append("What the rules infer about ").append(e.name()).append('\n');
        if (e.items().isEmpty()) {
            return out.append("\nNothing: no rule derived anything about it.\n").toString();
        }
        int n = 0;
        for (Explanation.Item item : e.items()) {
            out.append('\n').append(++n).append(". ").append(describe(item)).append('\n');
            for (Explanation.Firing firing : item.because()) {
                out.append("   by rule ").append(firing.rule().number()).append(" «").append(firing.rule().label())
                        .append("», from:\n");
                for (Explanation.Premise p : firing.premises()) {
                    out.append("     - ").append(describe(p)).append('\n');
                }
            }
        }
        out.append("\nThe rules:\n");
        for (Explanation.Rule rule : e.rules()) {
            out.append('\n').append(rule.number()).append(". ").append(rule.label())
                    .append(" (").append(rule.file()).append(")\n")
                    .append("   derives: ").append(rule.derives()).append('\n')
                    .append("   sound because: ").append(rule.soundness()).append('\n');
        }
        return out.toString();
    }

    static String describe(Explanation.Item item) {
        if (item.statement()) {
            return item.tripleText() + item.lag();
        }
        return item.label() + (item.claimedBy().isEmpty() ? "" : " — still only a claim, by " + item.claimedBy());
    }

    static String describe(Explanation.Premise p) {
        if (p.statement()) {
            return p.tripleText() + " (" + p.origin() + ")";
        }
        return p.label() + " [" + p.id() + "]"
                + (p.claimedBy().isEmpty() ? "" : ", claimed by " + p.claimedBy())
                + (p.sources().isEmpty() ? "" : ", sources " + p.sources());
    }
}
