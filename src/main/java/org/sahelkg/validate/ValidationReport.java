package org.sahelkg.validate;

import java.util.List;

/**
 * What validation found: each line names the check (shape, violation query or quote check), the
 * resource and what is wrong. Empty means the data conforms.
 */
public record ValidationReport(List<String> problems, List<String> warnings) {
    public ValidationReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public boolean conforms() {
        return problems.isEmpty();
    }
}
