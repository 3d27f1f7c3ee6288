package org.sahelkg.store;

import java.util.List;
import org.sahelkg.SahelKgException;

/**
 * A rebuild would publish an empty store, or one with fewer resources or quads than the current one, and was not
 * allowed to ({@code load --allow-shrink}): a problem in the input (exit 1), most often a data file lost or emptied
 * by mistake. The current generation is untouched.
 */
public class ShrinkException extends SahelKgException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> removed;

    public ShrinkException(String message, List<String> removed) {
        super(message);
        this.removed = List.copyOf(removed);
    }

    /** What publishing would have removed, one line per kind of resource or graph. */
    public List<String> removed() {
        return removed;
    }
}
