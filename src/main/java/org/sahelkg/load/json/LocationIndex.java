package org.sahelkg.load.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document begins, by JSON pointer. Built by a streaming pass so that checks
 * made long after binding can still say line and column.
 */
public final class LocationIndex {
    private final Map<String, Location> locations = new HashMap<>();

    void put(String pointer, Location location) {
        locations.putIfAbsent(pointer, location);
    }

    /**
     * The location of the value at {@code pointer}, else of its nearest ancestor that exists (a missing
     * field is reported where its object begins), else {@link Location#UNKNOWN}.
     */
    public Location find(String pointer) {
        String p = pointer;
        while (true) {
            Location loc = locations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return Location.UNKNOWN;
            }
            p = Pointers.parent(p);
        }
    }
}
