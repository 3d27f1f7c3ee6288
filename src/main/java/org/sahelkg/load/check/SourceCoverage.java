package org.sahelkg.load.check;

import java.util.List;
import java.util.Map;
import org.sahelkg.model.OutOfScopeRecord;

/**
 * Which sentences of one source text the graph cites: each sentence with its status and the quotes that cite it.
 *
 * @param source     the source's id, such as {@code source/002}
 * @param sentences  the text's sentences in order
 * @param outOfScope the spans the source record marks as not part of the article
 * @param wording    whose words each quote of the source gives (quote IRI to its wording)
 */
public record SourceCoverage(String source, List<Sentence> sentences, List<OutOfScopeRecord> outOfScope,
                             Map<String, Wording> wording) {
    /** What the graph holds of a sentence. */
    public enum Status {
        /** Some evidence quote lies in the sentence. */
        CITED,
        /** No evidence quote lies in it: what it says is not yet in the graph. */
        UNCITED,
        /** It lies in a span the source record marks as not part of the article. */
        OUT_OF_SCOPE,
        /** The source record lists it as carrying no fact to curate. */
        NO_FACT
    }

    /**
     * One sentence.
     *
     * @param start  offset of its first character, in code points from 0
     * @param end    offset just after its last character
     * @param status what the graph holds of it
     * @param quotes IRIs of the evidence quotes that lie in it, in order of their start (cited only)
     * @param reason why it is out of scope or carries no fact, as the source record says (else null)
     */
    public record Sentence(int start, int end, Status status, List<String> quotes, String reason) {
    }

    /** How many sentences have {@code status}. */
    public int count(Status status) {
        return (int) sentences.stream().filter(s -> s.status() == status).count();
    }

    /** The sentences of the article: cited, uncited and without a fact. */
    public int inScope() {
        return sentences.size() - count(Status.OUT_OF_SCOPE);
    }

    /** The cited share of the article's sentences that carry a fact, from 0 to 1 (1 when none carries one). */
    public double share() {
        int cited = count(Status.CITED);
        int withFacts = cited + count(Status.UNCITED);
        return withFacts == 0 ? 1.0 : (double) cited / withFacts;
    }
}
