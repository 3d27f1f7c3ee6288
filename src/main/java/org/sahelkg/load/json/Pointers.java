package org.sahelkg.load.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** RFC 6901 JSON pointers, built the same way for Jackson's paths and for the checks' own pointers. */
public final class Pointers {
    private Pointers() {
    }

    /** {@code base} followed by one member name, escaped as RFC 6901 requires. */
    public static String field(String base, String name) {
        return base + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@code base} followed by one array index. */
    public static String index(String base, int index) {
        return base + "/" + index;
    }

    /** {@code base} followed by a Jackson path (field names and indices, relative to where binding began). */
    public static String of(String base, List<JsonMappingException.Reference> path) {
        String pointer = base;
        for (JsonMappingException.Reference ref : path) {
            pointer = ref.getFieldName() != null ? field(pointer, ref.getFieldName()) : index(pointer, ref.getIndex());
        }
        return pointer;
    }

    /** The pointer one level up, or empty for the document. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
