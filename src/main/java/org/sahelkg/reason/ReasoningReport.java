package org.sahelkg.reason;

import java.time.Duration;
import java.util.List;

/** What each rule added in one materialisation. */
public record ReasoningReport(List<RuleRun> runs) {
    public ReasoningReport {
        runs = List.copyOf(runs);
    }

    /**
     * @param name   the rule's name
     * @param file   its file
     * @param passes how many times it ran (more than once only for repeating rules)
     * @param added  triples it added to the inferred graph, its own description included
     * @param time   how long it took
     */
    public record RuleRun(String name, String file, int passes, long added, Duration time) {
    }

    public long added() {
        return runs.stream().mapToLong(RuleRun::added).sum();
    }
}
