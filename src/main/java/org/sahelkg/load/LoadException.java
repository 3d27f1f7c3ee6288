package org.sahelkg.load;

import java.util.List;
import java.util.stream.Collectors;
import org.sahelkg.SahelKgException;

/**
 * The input cannot be loaded. Carries every problem found, each naming its file, JSON pointer, line and
 * column and what was expected; nothing has been written anywhere when it is thrown.
 */
public class LoadException extends SahelKgException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public LoadException(List<Problem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public LoadException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:\n" + problems.stream().sorted().map(p -> "  " + p)
                .collect(Collectors.joining("\n"));
    }
}
