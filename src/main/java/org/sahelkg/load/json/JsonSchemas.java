package org.sahelkg.load.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelkg.model.DataFile;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.model.Policy;
import org.sahelkg.model.NoFactRecord;
import org.sahelkg.model.OutOfScopeRecord;
import org.sahelkg.model.SourceRecord;

/**
 * The JSON Schemas (draft 2020-12) of the two kinds of curated file, generated from the Jackson records by
 * reflection so that they cannot drift from what the loader binds: a data file ({@link DataFile}) and a
 * source record ({@link SourceRecord}). Each file names its schema in {@value #KEY}, so that an editor
 * completes and checks fields as the analyst types; the loader stays the authority, and the schemas only
 * carry the policies that a schema can say (required fields, no unknown field, id and digest patterns, the
 * longest quote).
 */
public final class JsonSchemas {
    /** The top-level key naming a file's schema. */
    public static final String KEY = "$schema";
    /** Where the schemas are, relative to the project home: inside {@code data/}, which the loader skips. */
    public static final String DIR = "data/schema";
    /** The schema of {@code data/**}{@code /*.json}, relative to the project home. */
    public static final String DATA = DIR + "/data.schema.json";
    /** The schema of {@code seeds/*.json}, relative to the project home. */
    public static final String SOURCE = DIR + "/source.schema.json";
    /** The command that rewrites the schemas, for messages. */
    public static final String COMMAND = "java -jar target/sahel-kg.jar schema --write";

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<Class<?>, String> ID_KINDS = idKinds();

    private JsonSchemas() {
    }

    /** The value {@value #KEY} must have in a file at {@code relative} (to the project home) naming {@code schema}. */
    public static String reference(String relative, String schema) {
        Path file = Path.of(relative);
        Path dir = file.getParent() == null ? Path.of("") : file.getParent();
        return dir.relativize(Path.of(schema)).toString().replace('\\', '/');
    }

    /** Each schema's path relative to the project home, and its text. */
    public static Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DATA, text(dataSchema()));
        files.put(SOURCE, text(sourceSchema()));
        return files;
    }

    private static ObjectNode dataSchema() {
        Map<String, ObjectNode> defs = new LinkedHashMap<>();
        ObjectNode root = root("sahel-kg data file", "A file under data/: each key is a kind of record and holds an "
                + "array of records of that kind. The loader (java -jar target/sahel-kg.jar validate) is the "
                + "authority.");
        ObjectNode properties = properties(root);
        for (RecordKind<?> kind : RecordKind.DATA) {
            ObjectNode array = properties.putObject(kind.key());
            array.put("type", "array");
            array.set("items", ref(kind.type(), defs));
        }
        finish(root, defs);
        return root;
    }

    private static ObjectNode sourceSchema() {
        Map<String, ObjectNode> defs = new LinkedHashMap<>();
        ObjectNode root = root("sahel-kg source record", "A file under seeds/: the bibliographic record of one "
                + "source text. The loader (java -jar target/sahel-kg.jar validate) is the authority.");
        ObjectNode record = record(SourceRecord.class, defs);
        properties(root).setAll((ObjectNode) record.get("properties"));
        root.set("required", record.get("required"));
        finish(root, defs);
        return root;
    }

    private static ObjectNode root(String title, String description) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", DRAFT);
        root.put("title", title);
        root.put("description", description + " Generated from the records by " + COMMAND + ".");
        root.put("type", "object");
        return root;
    }

    private static ObjectNode properties(ObjectNode root) {
        ObjectNode properties = root.putObject("properties");
        properties.putObject(KEY).put("type", "string")
                .put("description", "The path of this schema relative to the file.");
        return properties;
    }

    private static void finish(ObjectNode root, Map<String, ObjectNode> defs) {
        root.put("additionalProperties", false);
        if (!defs.isEmpty()) {
            ObjectNode all = root.putObject("$defs");
            defs.forEach(all::set);
        }
    }

    private static ObjectNode ref(Class<?> type, Map<String, ObjectNode> defs) {
        String name = name(type);
        if (!defs.containsKey(name)) {
            defs.put(name, null);
            defs.put(name, record(type, defs));
        }
        return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    private static ObjectNode record(Class<?> type, Map<String, ObjectNode> defs) {
        if (!type.isRecord()) {
            throw new IllegalStateException("Not a record: " + type.getName());
        }
        ObjectNode schema = JSON.objectNode();
        schema.put("title", name(type));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty property = annotation(type, c);
            String key = property != null && !property.value().isEmpty() ? property.value() : c.getName();
            ObjectNode value = value(c.getGenericType(), defs);
            constrain(type, key, value);
            properties.set(key, value);
            if (property != null && property.required()) {
                required.add(key);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Jackson's annotation of a component: on the field, the accessor or the canonical constructor's parameter. */
    private static JsonProperty annotation(Class<?> type, RecordComponent c) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        if (p == null) {
            try {
                p = type.getDeclaredField(c.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return p;
    }

    private static ObjectNode value(Type type, Map<String, ObjectNode> defs) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", value(args[0], defs));
                return array;
            }
            if (Map.class.isAssignableFrom(raw) && args[0] == String.class) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.putObject("propertyNames").put("description", "a BCP 47 language tag such as en, fr or ar")
                        .put("pattern", "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
                map.set("additionalProperties", value(args[1], defs));
                return map;
            }
            throw new IllegalStateException("No schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (c == BigDecimal.class || c == Double.class || c == double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (c == Boolean.class || c == boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (c.isEnum()) {
            ArrayNode values = JSON.arrayNode();
            for (Object constant : c.getEnumConstants()) {
                values.add(constant.toString());
            }
            ObjectNode e = JSON.objectNode();
            e.set("enum", values);
            return e;
        }
        return ref(c, defs);
    }

    /** The policies a schema can state, from where the loader takes them. */
    private static void constrain(Class<?> type, String key, ObjectNode value) {
        String kind = ID_KINDS.get(type);
        if (key.equals("id") && kind != null) {
            value.put("pattern", "^" + kind + "/" + SLUG + "$");
        } else if (key.equals("wikidata")) {
            value.put("pattern", "^" + Policy.WIKIDATA + "$");
        } else if (type == SourceRecord.class && key.equals("file")) {
            value.put("pattern", "^" + Policy.SOURCE_FILE + "$");
        } else if (type == SourceRecord.class && key.equals("sha256")) {
            value.put("pattern", "^" + Policy.SHA256 + "$");
        } else if (type == SourceRecord.class && key.equals("characters")) {
            value.put("minimum", 0);
        } else if (type == EvidenceRecord.class && key.equals("source")) {
            value.put("pattern", "^" + RecordKind.SOURCES.idKind() + "/" + SLUG + "$");
        } else if (type == EvidenceRecord.class && key.equals("quote")) {
            value.put("minLength", 1).put("maxLength", Policy.MAX_QUOTE);
        } else if (type == EvidenceRecord.class && key.equals("at")) {
            value.put("minimum", 0);
        } else if ((type == OutOfScopeRecord.class || type == NoFactRecord.class) && key.equals("at")) {
            value.put("minimum", 0);
        } else if ((type == OutOfScopeRecord.class || type == NoFactRecord.class) && key.equals("begins")) {
            value.put("minLength", 1).put("maxLength", Policy.MAX_BEGINS);
        } else if (type == OutOfScopeRecord.class && key.equals("kind")) {
            Policy.OUT_OF_SCOPE_KINDS.forEach(value.putArray("enum")::add);
        }
    }

    private static Map<Class<?>, String> idKinds() {
        Map<Class<?>, String> kinds = new LinkedHashMap<>();
        RecordKind.DATA.forEach(k -> kinds.put(k.type(), k.idKind()));
        kinds.put(RecordKind.SOURCES.type(), RecordKind.SOURCES.idKind());
        return kinds;
    }

    private static String name(Class<?> type) {
        return type.getSimpleName().replaceFirst("Record$", "");
    }

    private static String text(ObjectNode schema) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
