package org.sahelkg.ingest;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sahelkg.SahelKgException;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.LoadException;
import org.sahelkg.load.Project;

/**
 * The curator's step after {@code ingest}: mark candidates accepted or rejected in the draft, then apply the
 * accepted ones to the project. Applying writes the source record to {@code seeds/}, the text beside the other
 * texts, new records to {@code data/ingested/NNN.json} and new evidence into the events it is for; but first it
 * builds the whole project with them in a copy, so that a draft that does not load changes nothing and says
 * why, with the file and JSON pointer of every problem.
 */
public final class Review {
    /** Figures kept as written: 9.5 stays 9.5 and -3.0 stays -3.0. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    /** The layout of the curated files: two spaces, one member or element a line, "key": value. */
    private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
            .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));

    private final Path dir;
    private final ObjectNode draft;

    private Review(Path dir, ObjectNode draft) {
        this.dir = dir;
        this.draft = draft;
    }

    /** The draft in {@code dir} (its draft.json). */
    public static Review open(Path dir) {
        Path file = dir.resolve("draft.json");
        try {
            JsonNode n = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!(n instanceof ObjectNode o) || !o.has("source") || !o.has("candidates")) {
                throw new SahelKgException(file + ": expected a draft written by ingest (with \"source\" and "
                        + "\"candidates\"), found something else");
            }
            return new Review(dir, o);
        } catch (IOException e) {
            throw new SahelKgException("cannot read " + file + ": " + e.getMessage());
        }
    }

    public ObjectNode draft() {
        return draft;
    }

    /** Marks a candidate (candidate/N) or a new entity (its suggested id) accepted or rejected. */
    public void mark(String id, String status) {
        for (JsonNode c : draft.get("candidates")) {
            if (c.get("id").asText().equals(id)) {
                ((ObjectNode) c).put("status", status);
                return;
            }
        }
        for (JsonNode c : draft.get("newEntities")) {
            if (c.get("suggestedId").asText().equals(id)) {
                ((ObjectNode) c).put("status", status);
                return;
            }
        }
        throw new SahelKgException(dir.resolve("draft.json") + ": expected a candidate id (candidate/1 …) or a new "
                + "entity's suggested id, found \"" + id + "\"");
    }

    /** Writes the draft back, with its statuses. */
    public void save() {
        write(dir.resolve("draft.json"), draft);
    }

    /** What applying would write: file (relative to the project) → content. */
    Map<String, JsonNode> changes(Project project) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ObjectNode source = draft.get("source").deepCopy();
        String id = source.get("id").asText();
        String number = id.substring(id.indexOf('/') + 1);
        out.put("seeds/" + source.get("file").asText().replace(".txt", ".json"), source);
        ObjectNode data = JSON.createObjectNode();
        data.put("$schema", "../schema/data.schema.json");
        Map<String, ObjectNode> changedFiles = new LinkedHashMap<>();
        for (JsonNode e : draft.get("newEntities")) {
            if (e.get("status").asText().equals("accepted")) {
                JsonNode record = e.has("record") ? e.get("record") : JSON.createObjectNode()
                        .put("id", e.get("suggestedId").asText()).set("label", JSON.createObjectNode()
                                .put(source.get("language").asText(), e.get("text").asText()));
                String key = switch (e.get("suggestedId").asText().substring(0, e.get("suggestedId").asText()
                        .indexOf('/'))) {
                    case "person" -> "people";
                    case "place" -> "places";
                    case "country" -> "countries";
                    case "thing" -> "things";
                    default -> "organisations";
                };
                data.withArray(key).add(record);
            }
        }
        for (JsonNode c : draft.get("candidates")) {
            if (!c.get("status").asText().equals("accepted")) {
                continue;
            }
            String kind = c.get("kind").asText();
            if (kind.equals("evidence")) {
                String event = c.get("evidenceFor").asText();
                Path file = fileHolding(project.data(), event);
                String rel = "data/" + project.data().relativize(file).toString().replace('\\', '/');
                ObjectNode tree = changedFiles.computeIfAbsent(rel, k -> read(file));
                for (JsonNode r : tree.path("events")) {
                    if (r.path("id").asText().equals(event)) {
                        ((ArrayNode) r.get("evidence")).add(c.get("record"));
                    }
                }
            } else {
                data.withArray(kind.equals("event") ? "events" : "claims").add(c.get("record"));
            }
        }
        out.putAll(changedFiles);
        if (data.size() > 1) {
            out.put("data/ingested/" + number + ".json", data);
        }
        return out;
    }

    /**
     * Applies the accepted candidates to the project, or throws {@link LoadException} with every problem and
     * leaves the project and the texts as they were.
     */
    public List<String> apply(Project project) {
        Map<String, JsonNode> changes = changes(project);
        Path text = dir.resolve(draft.get("source").get("file").asText());
        if (!Files.isRegularFile(text)) {
            throw new SahelKgException("expected the draft's text at " + text + ", found no file");
        }
        Path trial = null;
        try {
            trial = Files.createTempDirectory("sahelkg-review");
            Path home = trial.resolve("project");
            Path texts = trial.resolve("texts");
            copy(project.home().resolve("ontology"), home.resolve("ontology"));
            copy(project.seeds(), home.resolve("seeds"));
            copy(project.data(), home.resolve("data"));
            Files.createDirectories(texts);
            if (Files.isDirectory(project.texts())) {
                copy(project.texts(), texts);
            }
            Files.copy(text, texts.resolve(text.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            changes.forEach((rel, json) -> write(home.resolve(rel), json));
            GraphBuilder.build(new Project(home, texts, project.textCheck()));
            List<String> written = new ArrayList<>();
            Files.createDirectories(project.texts());
            Files.copy(text, project.texts().resolve(text.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            written.add(project.texts().resolve(text.getFileName()).toString());
            for (Map.Entry<String, JsonNode> c : changes.entrySet()) {
                write(project.home().resolve(c.getKey()), c.getValue());
                written.add(c.getKey());
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (trial != null) {
                delete(trial);
            }
        }
    }

    private static Path fileHolding(Path data, String id) {
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains("\"id\": \"" + id + "\"")) {
                    return f;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new SahelKgException("expected a data file with the event " + id + ", found none under " + data);
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A curated file's JSON, its figures exactly as written. */
    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }

    static String format(JsonNode json) {
        try {
            return WRITER.writeValueAsString(json) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, JsonNode json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, format(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a directory tree. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }
}
