package org.sahelkg.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sahelkg.synth.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code generate}: a synthetic project home, ACLED-shaped, to measure loading and reasoning at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = BenchMain.Version.class,
        description = {"Write a synthetic project home (data/, seeds/, a copy of ontology/ and queries/checks/) "
                + "with N events, to measure load, validate and reason at scale.",
                "Nothing generated is real: the states are Country A to Country H and every other name is made up. "
                        + "The same seed and size give byte-identical files.",
                "To have validate check every quote, write the texts with --texts; with --out X/home --texts "
                        + "X/shared/seeds, validate --home X/home finds them without --texts."})
final class GenerateCommand implements Callable<Integer> {
    @ParentCommand
    BenchMain main;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", required = true,
            description = "How many events to generate. Each adds about 38 triples once loaded, before reasoning: "
                    + "26000 give about 1 M triples, 131500 about 5 M.")
    int events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed of every random draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The new project home to write; must not exist or be empty.")
    Path out;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "Also write the synthetic source texts there (must not exist or be empty), so that "
                    + "validate can check every quote.")
    Path texts;

    @Option(names = "--home", paramLabel = "DIR",
            description = "The project whose ontology/ and queries/checks/ are copied (default: the current "
                    + "directory).")
    Path home;

    @Override
    public Integer call() {
        if (events < 1) {
            throw new ParameterException(spec.commandLine(), "--events: expected 1 or more, found " + events);
        }
        Path from = home != null ? home : Path.of("");
        try {
            Generator.requireEmpty(out);
            if (texts != null) {
                Generator.requireEmpty(texts);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!from.resolve("ontology").toFile().isDirectory()) {
            throw new ParameterException(spec.commandLine(), "no ontology/ directory in "
                    + from.toAbsolutePath().normalize() + " (see --home)");
        }
        Generator.Summary summary = Generator.generate(new Generator.Settings(events, seed, out, texts, from));
        main.out.println(summary.line(out));
        return BenchMain.OK;
    }
}
