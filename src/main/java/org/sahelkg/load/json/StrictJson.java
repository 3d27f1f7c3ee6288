package org.sahelkg.load.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sahelkg.load.Problem;

/**
 * Reads curated JSON strictly: a typo, a number where text belongs, a duplicate key or a null must fail
 * the load, never vanish silently. Each file is read twice: a streaming pass checks the syntax, notes
 * where every value begins and which ids the file declares; then, only if the syntax is sound, Jackson
 * binds the records one by one, so one bad record does not hide the problems of the next.
 */
public final class StrictJson {
    /** Deeper nesting is refused before it can exhaust the stack. */
    public static final int MAX_DEPTH = 200;
    /** Longer strings are refused before they can exhaust memory. */
    public static final int MAX_STRING = 1_000_000;

    private static final Pattern DATA_ID = Pattern.compile("/([^/]+)/(\\d+)/id");
    private static final String SOURCE_ID = "/id";

    private final JsonMapper mapper;
    private final JsonFactory scanner;
    private final ObjectReader elements;
    private final Map<String, RecordKind<?>> kinds = RecordKind.dataByKey();

    public StrictJson() {
        this.mapper = mapper();
        // The streaming pass reports duplicate keys itself, all of them and in its own words.
        this.scanner = mapper.getFactory().rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        // A record bound from the middle of an array is followed by more tokens; the scan checked the end.
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The strict mapper: unknown fields, scalar coercions, trailing tokens and duplicate keys all fail. */
    public static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // A value of one JSON shape is never read as another: no "5" for 5, no 1 for true, no 5 for "5".
        // Only a whole number where a decimal is expected is accepted, as JSON does not tell them apart.
        fail(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Float, CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Boolean);
        fail(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.EmptyString,
                CoercionInputShape.Integer, CoercionInputShape.Float);
        return mapper;
    }

    private static void fail(JsonMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Reads a file of {@code data/}: an object whose keys are record kinds, each holding an array. */
    public JsonFile readData(Path path, String relative, List<Problem> problems) {
        JsonFile file = new JsonFile(relative);
        if (!scan(path, file, problems, true)) {
            return file;
        }
        try (JsonParser p = mapper.createParser(reader(path))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(file.problem("", "expected an object whose keys are record kinds ("
                        + String.join(", ", kinds.keySet()) + "), found " + tokenWords(p.currentToken())));
                return file;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                RecordKind<?> kind = kinds.get(key);
                String pointer = Pointers.field("", key);
                if (key.equals(JsonSchemas.KEY)) {
                    schemaReference(file, JsonSchemas.DATA, p.currentToken(), p.currentToken() == JsonToken.VALUE_STRING
                            ? p.getText() : null, problems);
                    p.skipChildren();
                } else if (kind == null) {
                    problems.add(file.problem(pointer, JsonErrors.unknownField(key, List.copyOf(kinds.keySet()))));
                    p.skipChildren();
                } else if (p.currentToken() != JsonToken.START_ARRAY) {
                    problems.add(file.problem(pointer, "expected an array of objects, found "
                            + tokenWords(p.currentToken())));
                    p.skipChildren();
                } else {
                    readElements(p, kind, file, pointer, problems);
                }
            }
        } catch (IOException e) {
            problems.add(file.problem("", Location.UNKNOWN, "cannot read the file: " + e.getMessage()));
        }
        return file;
    }

    /** Reads a file of {@code seeds/}: one source record. */
    public JsonFile readSource(Path path, String relative, List<Problem> problems) {
        JsonFile file = new JsonFile(relative);
        if (!scan(path, file, problems, false)) {
            return file;
        }
        try (JsonParser p = mapper.createParser(reader(path))) {
            JsonNode tree = mapper.readTree(p);
            JsonNode reference = tree.get(JsonSchemas.KEY);
            if (reference != null) {
                schemaReference(file, JsonSchemas.SOURCE, reference.asToken(), reference.textValue(), problems);
            }
        } catch (IOException e) {
            // The scan read this file; binding below reports any problem in its own words.
        }
        try (JsonParser p = mapper.createParser(reader(path))) {
            p.nextToken();
            file.records().add(new JsonRecord<>(RecordKind.SOURCES,
                    mapper.readerFor(RecordKind.SOURCES.type()).readValue(p), file, ""));
        } catch (JsonProcessingException e) {
            problems.add(JsonErrors.problem(file, "", RecordKind.SOURCES.type(), e));
        } catch (IOException e) {
            problems.add(file.problem("", Location.UNKNOWN, "cannot read the file: " + e.getMessage()));
        }
        return file;
    }

    /**
     * The top-level {@value JsonSchemas#KEY}, which editors follow: it must be the path of the file kind's schema
     * relative to the file, so that a moved file or a mistyped path is not silently ignored by the editor.
     */
    private static void schemaReference(JsonFile file, String schema, JsonToken token, String value,
                                        List<Problem> problems) {
        if (Path.of(file.path()).isAbsolute()) {
            return;
        }
        String expected = JsonSchemas.reference(file.path(), schema);
        if (!expected.equals(value)) {
            problems.add(file.problem(Pointers.field("", JsonSchemas.KEY), "expected \"" + expected + "\" (the path of "
                    + schema + " from this file), found " + (value != null ? Show.quoted(value) : tokenWords(token))));
        }
    }

    private <T> void readElements(JsonParser p, RecordKind<T> kind, JsonFile file, String base,
                                  List<Problem> problems) throws IOException {
        JsonStreamContext array = p.getParsingContext();
        ObjectReader reader = elements.forType(kind.type());
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String pointer = Pointers.index(base, i++);
            try {
                T value = reader.readValue(p);
                file.records().add(new JsonRecord<>(kind, value, file, pointer));
            } catch (JsonProcessingException e) {
                problems.add(JsonErrors.problem(file, pointer, kind.type(), e));
                skipTo(p, array);
            }
        }
    }

    /** Skips the rest of a record that could not be bound, up to the array that holds it. */
    private static void skipTo(JsonParser p, JsonStreamContext array) throws IOException {
        JsonToken token = p.currentToken();
        while (token != null && p.getParsingContext() != array) {
            token = p.nextToken();
        }
    }

    /**
     * The streaming pass: syntax, duplicate keys, nulls, size limits, the location of every value and the
     * declared ids. Returns true when the file may be bound.
     */
    private boolean scan(Path path, JsonFile file, List<Problem> problems, boolean data) {
        int before = problems.size();
        try (Reader in = reader(path); JsonParser p = scanner.createParser(in)) {
            try {
                walk(p, file, problems, data);
            } catch (StreamConstraintsException e) {
                problems.add(limit(file, p, e));
                file.incomplete();
            } catch (JsonProcessingException e) {
                problems.add(file.problem("", location(e),
                        "malformed JSON: " + JsonErrors.firstLine(e.getOriginalMessage())));
                file.incomplete();
            } catch (CharacterCodingException e) {
                problems.add(file.problem("", location(p),
                        "malformed JSON: expected UTF-8 text, found bytes that are not UTF-8"));
                file.incomplete();
            }
        } catch (IOException e) {
            problems.add(file.problem("", Location.UNKNOWN, "cannot read the file: " + e.getMessage()));
            file.incomplete();
        }
        return problems.size() == before;
    }

    private void walk(JsonParser p, JsonFile file, List<Problem> problems, boolean data) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            problems.add(file.problem("", new Location(1, 1), "malformed JSON: the file is empty; expected an object"));
            file.incomplete();
            return;
        }
        Deque<Set<String>> keys = new ArrayDeque<>();
        int depth = 0;
        boolean ended = false;
        for (; token != null; token = p.nextToken()) {
            if (ended) {
                problems.add(file.problem("", location(p),
                        "malformed JSON: expected the end of the file after the document, found more content"));
                file.incomplete();
                return;
            }
            String pointer = p.getParsingContext().pathAsPointer().toString();
            if (token == JsonToken.FIELD_NAME) {
                if (!keys.peek().add(p.currentName())) {
                    problems.add(file.problem(pointer, location(p), "duplicate key \"" + p.currentName()
                            + "\"; a key may appear only once in an object"));
                }
                continue;
            }
            if (token.isStructEnd()) {
                if (token == JsonToken.END_OBJECT) {
                    keys.pop();
                }
                ended = --depth == 0;
                continue;
            }
            file.locations().put(pointer, location(p));
            if (token.isStructStart()) {
                depth++;
                if (token == JsonToken.START_OBJECT) {
                    keys.push(new HashSet<>());
                }
            } else if (token == JsonToken.VALUE_NULL) {
                problems.add(file.problem(pointer, location(p),
                        "expected a value, found null (leave an optional field out instead)"));
            } else if (token == JsonToken.VALUE_STRING) {
                // Reading the text is what enforces the string length limit.
                declare(file, pointer, p.getText(), data);
            }
            ended = depth == 0;
        }
    }

    private void declare(JsonFile file, String pointer, String id, boolean data) {
        if (data) {
            Matcher m = DATA_ID.matcher(pointer);
            if (m.matches() && kinds.containsKey(m.group(1))) {
                file.ids().add(new DeclaredId(id, kinds.get(m.group(1)), file, Pointers.parent(pointer)));
            }
        } else if (pointer.equals(SOURCE_ID)) {
            file.ids().add(new DeclaredId(id, RecordKind.SOURCES, file, ""));
        }
    }

    private static Problem limit(JsonFile file, JsonParser p, StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        Location loc = location(p);
        if (message.startsWith("Document nesting depth")) {
            return file.problem("", loc, "expected at most " + MAX_DEPTH
                    + " levels of nested arrays and objects, found deeper nesting");
        }
        String pointer = p.getParsingContext().pathAsPointer().toString();
        if (message.startsWith("String value length")) {
            return file.problem(pointer, loc, "expected a string of at most " + MAX_STRING
                    + " characters, found a longer one");
        }
        return file.problem(pointer, loc, "the input exceeds a size limit: " + JsonErrors.firstLine(message)
                .replaceAll("\\s*\\(from `StreamReadConstraints[^)]*\\)", ""));
    }

    private static String tokenWords(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
                return "an object";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            default:
                return token.asString() == null ? "something else" : token.asString();
        }
    }

    private static Location location(JsonParser p) {
        var loc = p.currentTokenLocation();
        return new Location(loc.getLineNr(), loc.getColumnNr());
    }

    private static Location location(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null || loc.getLineNr() < 0 ? Location.UNKNOWN : new Location(loc.getLineNr(), loc.getColumnNr());
    }

    /** A strict UTF-8 reader: a malformed byte is an error, not a replacement character. */
    private static Reader reader(Path path) throws IOException {
        return new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
