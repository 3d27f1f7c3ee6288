package org.sahelkg.load;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sahelkg.load.json.JsonSchemas;

/**
 * Where a project's curated inputs live: {@code data/}, {@code seeds/}, {@code ontology/} and
 * {@code queries/} under one home directory, plus the directory of the full source texts, which are
 * kept outside the project and only read to check quotes.
 *
 * @param home  the project directory
 * @param texts the directory holding the source texts named by the records in {@code seeds/}
 */
public record Project(Path home, Path texts) {
    /** System property, then environment variable, naming the texts directory. */
    public static final String TEXTS_PROPERTY = "sahelkg.texts";
    public static final String TEXTS_ENV = "SAHELKG_TEXTS";

    public Project {
        home = home.toAbsolutePath().normalize();
        texts = texts.toAbsolutePath().normalize();
    }

    /** A project at {@code home} whose texts are found by {@link #defaultTexts(Path)}. */
    public static Project at(Path home) {
        return new Project(home, defaultTexts(home));
    }

    /**
     * The texts directory: the {@value #TEXTS_PROPERTY} system property, else the {@value #TEXTS_ENV}
     * environment variable, else {@code ../shared/seeds} beside the project.
     */
    public static Path defaultTexts(Path home) {
        String configured = System.getProperty(TEXTS_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(TEXTS_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return home.toAbsolutePath().normalize().resolve("../shared/seeds").normalize();
    }

    public Path data() {
        return home.resolve("data");
    }

    /** The JSON Schemas of the data files, which are not data: {@link JsonSchemas#DIR}. */
    public Path schemas() {
        return home.resolve(JsonSchemas.DIR);
    }

    public Path seeds() {
        return home.resolve("seeds");
    }

    public Path ontology() {
        return home.resolve("ontology");
    }

    public Path shapes() {
        return ontology().resolve("shapes");
    }

    public Path rules() {
        return ontology().resolve("rules");
    }

    public Path queries() {
        return home.resolve("queries");
    }

    public Path checks() {
        return queries().resolve("checks");
    }

    /** True when the texts directory exists, so quotes can be checked against the full texts. */
    public boolean hasTexts() {
        return Files.isDirectory(texts);
    }

    /** A path relative to the project home, for messages ({@code data/events.json}). */
    public String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
