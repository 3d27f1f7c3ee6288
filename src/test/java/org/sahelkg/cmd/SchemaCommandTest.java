package org.sahelkg.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.load.json.JsonSchemas;

/** {@code schema} says which schemas are out of date and exits 1; {@code schema --write} brings them up to date. */
class SchemaCommandTest {
    @TempDir
    Path home;

    @Test
    void checksThenWritesThenFindsThemCurrent() throws Exception {
        assertEquals("1|data/schema/data.schema.json: out of date; run " + JsonSchemas.COMMAND + "\n"
                + "data/schema/source.schema.json: out of date; run " + JsonSchemas.COMMAND + "\n", run("schema"));
        assertEquals("0|wrote data/schema/data.schema.json\nwrote data/schema/source.schema.json\n",
                run("schema", "--write"));
        assertEquals(JsonSchemas.generate().get(JsonSchemas.DATA),
                Files.readString(home.resolve(JsonSchemas.DATA), StandardCharsets.UTF_8));
        assertEquals("0|", run("schema"));
        assertEquals("0|unchanged data/schema/data.schema.json\nunchanged data/schema/source.schema.json\n",
                run("schema", "--write"));
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--home", home.toString())).toArray(String[]::new);
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, all);
        return code + "|" + out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
