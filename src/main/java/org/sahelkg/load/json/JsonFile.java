package org.sahelkg.load.json;

import java.util.ArrayList;
import java.util.List;
import org.sahelkg.load.Problem;

/**
 * What was read from one JSON file: its records, the ids it declares, where each value is, and whether it
 * could be read to the end (a malformed file's ids are incomplete, so references cannot be judged).
 */
public final class JsonFile {
    private final String path;
    private final LocationIndex locations = new LocationIndex();
    private final List<DeclaredId> ids = new ArrayList<>();
    private final List<JsonRecord<?>> records = new ArrayList<>();
    private boolean complete = true;

    JsonFile(String path) {
        this.path = path;
    }

    /** The path relative to the project home, as messages name it. */
    public String path() {
        return path;
    }

    public LocationIndex locations() {
        return locations;
    }

    public List<DeclaredId> ids() {
        return ids;
    }

    public List<JsonRecord<?>> records() {
        return records;
    }

    /** False when the file is not well-formed JSON and was not read to its end. */
    public boolean complete() {
        return complete;
    }

    void incomplete() {
        complete = false;
    }

    /** A problem at {@code pointer} in this file, located by the index. */
    public Problem problem(String pointer, String message) {
        return problem(pointer, locations.find(pointer), message);
    }

    /** A problem at {@code pointer} in this file, at a given location. */
    public Problem problem(String pointer, Location location, String message) {
        return new Problem(path, pointer, location.line(), location.column(), message);
    }
}
