package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.load.json.JsonSchemas;

/**
 * The committed JSON Schemas are exactly those the records generate, every real data file and source record
 * names its schema and passes it under an independent validator, and a file the loader rejects for an
 * unknown field the schema rejects too.
 */
class JsonSchemasTest {
    static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void committedSchemasAreTheGeneratedOnes() throws IOException {
        for (Map.Entry<String, String> schema : JsonSchemas.generate().entrySet()) {
            Path file = HOME.resolve(schema.getKey());
            assertTrue(Files.isRegularFile(file), schema.getKey() + " is missing; run " + JsonSchemas.COMMAND);
            assertEquals(schema.getValue(), Files.readString(file, StandardCharsets.UTF_8),
                    schema.getKey() + " differs from what the records generate; run " + JsonSchemas.COMMAND);
        }
    }

    @Test
    void everyRealFileNamesItsSchemaFirstAndConformsToIt() throws IOException {
        List<Path> files = new ArrayList<>(jsonFiles(HOME.resolve("seeds")));
        files.addAll(jsonFiles(HOME.resolve("data")));
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String relative = HOME.relativize(file).toString().replace('\\', '/');
            String schema = relative.startsWith("seeds/") ? JsonSchemas.SOURCE : JsonSchemas.DATA;
            JsonNode data = JSON.readTree(file.toFile());
            assertEquals(JsonSchemas.KEY, data.fieldNames().next(), relative + ": \"$schema\" comes first");
            assertEquals(JsonSchemas.reference(relative, schema), data.get(JsonSchemas.KEY).asText(), relative);
            Path resolved = file.getParent().resolve(data.get(JsonSchemas.KEY).asText()).normalize();
            assertEquals(HOME.resolve(schema).toAbsolutePath().normalize(), resolved.toAbsolutePath(), relative);
            assertEquals(Set.of(), validate(resolved, data), relative);
        }
    }

    @Test
    void anUnknownFieldIsRejectedByTheSchemaAsByTheLoader() throws IOException {
        Path bad = Fixtures.resource("bad/bad-unknown-field/data/typo.json");
        Set<ValidationMessage> messages = validate(HOME.resolve(JsonSchemas.DATA), JSON.readTree(bad.toFile()));
        assertEquals(1, messages.size(), messages::toString);
        ValidationMessage m = messages.iterator().next();
        assertEquals("additionalProperties", m.getType(), m::toString);
        assertEquals("$.people[0]", m.getInstanceLocation().toString(), m::toString);
        assertTrue(m.getMessage().contains("descripton"), m::toString);

        Path home = Fixtures.overlay(bad.getParent().getParent(), tmp.resolve("home"));
        LoadException e = assertThrows(LoadException.class, () -> GraphBuilder.build(Fixtures.project(home)));
        assertEquals(List.of("/people/0/descripton"), e.problems().stream().map(Problem::pointer).toList());
    }

    @Test
    void theLoaderSkipsTheSchemasInsideData() throws IOException {
        Path home = Fixtures.overlay(null, tmp.resolve("with-schemas"));
        for (Map.Entry<String, String> schema : JsonSchemas.generate().entrySet()) {
            Files.createDirectories(home.resolve(schema.getKey()).getParent());
            Files.writeString(home.resolve(schema.getKey()), schema.getValue());
        }
        Path without = Fixtures.overlay(null, tmp.resolve("without"));
        assertEquals(GraphBuilder.build(Fixtures.project(without)).stream().count(),
                GraphBuilder.build(Fixtures.project(home)).stream().count());
    }

    private static Set<ValidationMessage> validate(Path schemaFile, JsonNode data) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(schemaFile.toFile()));
        return schema.validate(data);
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().endsWith(".schema.json"))
                    .sorted().collect(Collectors.toList());
        }
    }
}
