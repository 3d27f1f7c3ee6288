package org.sahelkg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A test project of one made-up source text, source/009, beside the golden project's ontology. */
final class TextProject {
    private TextProject() {
    }

    /**
     * The project in {@code home}: the text in {@code texts/file}, its source record with {@code fields} (JSON
     * members, each starting with a comma) added, and {@code actors} as {@code data/actors.json}.
     */
    static Path of(Path home, String file, String text, String fields, String actors) throws IOException {
        Fixtures.overlay(null, home);
        for (String dir : List.of("seeds", "data")) {
            try (var files = Files.walk(home.resolve(dir))) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(home.resolve("texts"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(home.resolve("texts").resolve(file), bytes);
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.writeString(home.resolve("seeds/source-009.json"), "{\n"
                + "  \"id\": \"source/009\",\n"
                + "  \"file\": \"" + file + "\",\n"
                + "  \"sha256\": \"" + sha + "\",\n"
                + "  \"characters\": " + text.codePointCount(0, text.length()) + ",\n"
                + "  \"label\": {\"en\": \"Source 009\"},\n"
                + "  \"publisherBasis\": \"None shown.\",\n"
                + "  \"issued\": \"2025-04-07\",\n"
                + "  \"dateBasis\": \"A fixture.\",\n"
                + "  \"language\": \"en\",\n"
                + "  \"genre\": \"concept/news-report\",\n"
                + "  \"stance\": \"concept/independent-analysis\",\n"
                + "  \"note\": \"A fixture source.\"" + fields + "\n}\n");
        Files.writeString(home.resolve("data/actors.json"), actors);
        return home;
    }
}
