package org.sahelkg.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One data or seeds file, written as the curators write them: an object whose keys are record kinds, each
 * holding an array of records, indented by two spaces, absent fields left out. Records are streamed one by
 * one, so a file of ten thousand events never exists as one string.
 */
final class JsonOut implements Closeable {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS, SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .build();

    private final JsonGenerator json;
    private boolean opened;
    private boolean inArray;
    private long records;

    JsonOut(Path file) {
        try {
            Files.createDirectories(file.getParent());
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            json = MAPPER.getFactory().createGenerator(writer);
            json.setPrettyPrinter(printer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(indenter);
        printer.indentObjectsWith(indenter);
        return printer;
    }

    /** Writes one record as the whole file (a seeds/ record). */
    static void single(Path file, Object record) {
        try (JsonOut out = new JsonOut(file)) {
            MAPPER.writeValue(out.json, record);
            out.records++;
            out.opened = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the array of a record kind ({@code "events"}), closing the previous one. */
    JsonOut kind(String key) {
        try {
            if (!opened) {
                json.writeStartObject();
                opened = true;
            }
            endArray();
            json.writeFieldName(key);
            json.writeStartArray();
            inArray = true;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a whole array of a record kind; an empty list writes nothing. */
    JsonOut all(String key, List<?> items) {
        if (!items.isEmpty()) {
            kind(key);
            items.forEach(this::add);
        }
        return this;
    }

    void add(Object record) {
        try {
            MAPPER.writeValue(json, record);
            records++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long records() {
        return records;
    }

    private void endArray() throws IOException {
        if (inArray) {
            json.writeEndArray();
            inArray = false;
        }
    }

    @Override
    public void close() {
        try {
            if (!opened) {
                json.writeStartObject();
                opened = true;
            }
            endArray();
            if (json.getOutputContext().inObject()) {
                json.writeEndObject();
            }
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
