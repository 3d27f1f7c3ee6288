package org.sahelkg.load.json;

/**
 * A record bound from a file, with where it was found, so that checks can point at its fields.
 *
 * @param kind    its kind
 * @param value   the bound record
 * @param file    the file it was read from
 * @param pointer the JSON pointer of the record's object, such as {@code /events/3}
 */
public record JsonRecord<T>(RecordKind<T> kind, T value, JsonFile file, String pointer) {
    /** The record's id as written. */
    public String id() {
        return kind.id().apply(value);
    }
}
