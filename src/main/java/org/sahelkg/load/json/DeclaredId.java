package org.sahelkg.load.json;

/**
 * An id as a file declares it, found by the streaming pass even when its record cannot be bound, so that
 * one broken record does not make every reference to it dangle.
 *
 * @param id      the id as written
 * @param kind    the kind of record that declares it
 * @param file    the declaring file
 * @param pointer the JSON pointer of the declaring record
 */
public record DeclaredId(String id, RecordKind<?> kind, JsonFile file, String pointer) {

    /** Where the record is, for messages: {@code data/events.json /events/2 (line 20, column 3)}. */
    public String where() {
        Location loc = file.locations().find(pointer);
        return file.path() + " " + (pointer.isEmpty() ? "(document)" : pointer)
                + (loc.line() > 0 ? " (line " + loc.line() + ", column " + loc.column() + ")" : "");
    }
}
