package org.sahelkg.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sahelkg.load.json.JsonSchemas;

/**
 * Where a project's curated inputs live: {@code data/}, {@code seeds/}, {@code ontology/} and
 * {@code queries/} under one home directory, plus the directory of the full source texts, which are
 * kept outside the project and only read to check quotes.
 *
 * @param home      the project directory
 * @param texts     the directory holding the source texts named by the records in {@code seeds/}
 * @param textCheck whether quotes and checksums must, may or must not be checked against those texts
 */
public record Project(Path home, Path texts, TextCheck textCheck) {
    /**
     * How the loader uses the source texts. The commands require them, so that a moved texts directory cannot
     * silently turn the quote checks off; the library's callers (tests, the benchmark's generator) check them when
     * they are there.
     */
    public enum TextCheck {
        /** The texts directory must exist; every quote and checksum is checked against it. */
        REQUIRED,
        /** Checked when the texts directory exists, skipped when it does not. */
        IF_PRESENT,
        /** Not checked at all ({@code --without-texts}). */
        SKIPPED
    }

    /** The directories whose presence makes a directory a project: what every command reads. */
    public static final List<String> MARKERS = List.of("ontology", "data", "seeds");

    /** System property, then environment variable, naming the texts directory. */
    public static final String TEXTS_PROPERTY = "sahelkg.texts";
    public static final String TEXTS_ENV = "SAHELKG_TEXTS";

    public Project {
        home = home.toAbsolutePath().normalize();
        texts = texts.toAbsolutePath().normalize();
    }

    /** A project whose texts are checked when they are there ({@link TextCheck#IF_PRESENT}). */
    public Project(Path home, Path texts) {
        this(home, texts, TextCheck.IF_PRESENT);
    }

    /**
     * This project, after checking that its home is one: a command run in the wrong directory would otherwise read
     * nothing, build an empty store and publish it over the good one.
     *
     * @throws NotAProjectException when one of {@link #MARKERS} is not a directory under the home
     */
    public Project requireHome() {
        List<String> missing = MARKERS.stream()
                .filter(m -> !Files.isDirectory(home.resolve(m))).map(m -> m + "/").toList();
        if (!missing.isEmpty()) {
            throw new NotAProjectException(home + " is not a sahel-kg project (no " + String.join(", ", missing)
                    + "): run it from the project's directory or give --home DIR");
        }
        return this;
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

    /** True when quotes are to be checked and the texts directory exists, so they can be. */
    public boolean hasTexts() {
        return textCheck != TextCheck.SKIPPED && Files.isDirectory(texts);
    }

    /** A path relative to the project home, for messages ({@code data/events.json}). */
    public String relative(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }
}
