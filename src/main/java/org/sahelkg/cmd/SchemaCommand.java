package org.sahelkg.cmd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sahelkg.load.Project;
import org.sahelkg.load.json.JsonSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code schema}: the JSON Schemas editors check data files with, generated from the records so they cannot drift. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Check that " + JsonSchemas.DIR + "/*.schema.json are those derived from the records; with --write, "
                + "write them.",
                "Each data file and source record names its schema in \"$schema\"; the loader stays the authority.",
                "Exits 1 if a schema is out of date."})
final class SchemaCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ProjectOptions projectOptions;

    @Option(names = "--write", description = "Write the schemas instead of checking them.")
    boolean write;

    @Override
    public Integer call() throws IOException {
        // Reads no data and no store: it only compares (or writes) the generated schemas, so it runs anywhere.
        Project project = projectOptions.anywhere();
        int stale = 0;
        for (Map.Entry<String, String> schema : JsonSchemas.generate().entrySet()) {
            Path file = project.home().resolve(schema.getKey());
            boolean current = Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(schema.getValue());
            if (write) {
                if (!current) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, schema.getValue(), StandardCharsets.UTF_8);
                }
                main.out.println((current ? "unchanged " : "wrote ") + schema.getKey());
            } else if (!current) {
                stale++;
                main.out.println(schema.getKey() + ": out of date; run " + JsonSchemas.COMMAND);
            }
        }
        return stale == 0 ? Main.OK : Main.PROBLEMS;
    }
}
