package org.sahelkg.load.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sahelkg.load.Problem;

/**
 * Turns Jackson's binding exceptions into problems in plain words: the pointer from the exception's path,
 * what the record type expects at that path, and what the file holds there. Never a class name or a
 * stack trace: curators read these.
 */
final class JsonErrors {
    private JsonErrors() {
    }

    /** The problem a binding exception describes, for a record of type {@code root} bound at {@code base}. */
    static Problem problem(JsonFile file, String base, Type root, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException)) {
            return file.problem(base, "cannot read this value: " + firstLine(e.getOriginalMessage()));
        }
        JsonMappingException jme = (JsonMappingException) e;
        List<JsonMappingException.Reference> path = jme.getPath();
        String pointer = Pointers.of(base, path);
        JsonToken token = currentToken(jme);
        if (jme instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException upe = (UnrecognizedPropertyException) jme;
            return file.problem(pointer, unknownField(upe.getPropertyName(), fieldNames(upe.getReferringClass())));
        }
        String last = path.isEmpty() ? null : path.get(path.size() - 1).getFieldName();
        if (token == JsonToken.END_OBJECT && last != null) {
            return file.problem(Pointers.parent(pointer), "missing required field \"" + last + "\"");
        }
        Type expected = typeAt(root, path);
        if (jme.getCause() instanceof InputCoercionException) {
            return file.problem(pointer, "expected " + describe(expected) + " from " + Integer.MIN_VALUE + " to "
                    + Integer.MAX_VALUE + ", found " + found(jme, token));
        }
        if (expected == null) {
            return file.problem(pointer, "cannot read this value: " + firstLine(jme.getOriginalMessage()));
        }
        return file.problem(pointer, "expected " + describe(expected) + ", found " + found(jme, token));
    }

    /** The message for a field no record has: names the fields it may have, and the likely one. */
    static String unknownField(String name, List<String> known) {
        String message = "unknown field \"" + name + "\"; expected one of: " + String.join(", ", known);
        int tolerance = name.length() <= 4 ? 1 : 2;
        String close = known.stream()
                .filter(k -> distance(k.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT)) <= tolerance)
                .findFirst().orElse(null);
        return close == null ? message : message + " (did you mean \"" + close + "\"?)";
    }

    /** The JSON field names of a record type, in declaration order. */
    static List<String> fieldNames(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toList());
    }

    /** What a value of the type looks like in JSON, in words. */
    static String describe(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Integer.class || raw == int.class) {
            return "a whole number";
        }
        if (raw == BigDecimal.class) {
            return "a number";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true or false";
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "an object of language tag to text";
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = argument(type, 0);
            return element == null ? "an array" : "an array of " + plural(element);
        }
        return raw.isRecord() ? "an object" : "a value of another kind";
    }

    private static String plural(Type element) {
        Class<?> raw = raw(element);
        if (raw == String.class) {
            return "strings";
        }
        return raw.isRecord() ? "objects" : "values";
    }

    private static String found(JsonMappingException e, JsonToken token) {
        if (token == null) {
            return "something else";
        }
        switch (token) {
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return numberText(e);
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_NULL:
                return "null";
            default:
                return "something else";
        }
    }

    private static String numberText(JsonMappingException e) {
        try {
            return ((JsonParser) e.getProcessor()).getText();
        } catch (java.io.IOException | RuntimeException ex) {
            return "a number";
        }
    }

    private static JsonToken currentToken(JsonMappingException e) {
        return e.getProcessor() instanceof JsonParser ? ((JsonParser) e.getProcessor()).currentToken() : null;
    }

    /** The declared type found by following a Jackson path down from a record type; null if it leads nowhere. */
    static Type typeAt(Type root, List<JsonMappingException.Reference> path) {
        Type type = root;
        for (JsonMappingException.Reference ref : path) {
            Class<?> raw = raw(type);
            if (ref.getFieldName() != null && raw.isRecord()) {
                type = Arrays.stream(raw.getRecordComponents()).filter(c -> c.getName().equals(ref.getFieldName()))
                        .map(RecordComponent::getGenericType).findFirst().orElse(null);
            } else if (ref.getFieldName() != null && Map.class.isAssignableFrom(raw)) {
                type = argument(type, 1);
            } else if (ref.getFieldName() == null && Collection.class.isAssignableFrom(raw)) {
                type = argument(type, 0);
            } else {
                type = null;
            }
            if (type == null) {
                return null;
            }
        }
        return type;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return Object.class;
    }

    private static Type argument(Type type, int i) {
        return type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()[i] : null;
    }

    /** The first line of a Jackson message, without its location suffix. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String s = message;
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        return s.replaceAll("\\s*\\((?:start marker|for \\w+ starting) at \\[Source:[^\\]]*\\]\\)", "").trim();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
