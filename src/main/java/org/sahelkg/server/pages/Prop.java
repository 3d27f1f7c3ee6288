package org.sahelkg.server.pages;

import java.util.List;

/** A property and its values on a page, in the order they are shown. */
public record Prop(Ref property, List<Val> values) {
    public Prop {
        values = List.copyOf(values);
    }

    /** True when there are many values, which a page folds away. */
    public boolean many() {
        return values.size() > 24;
    }
}
