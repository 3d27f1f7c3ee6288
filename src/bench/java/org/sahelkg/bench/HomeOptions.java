package org.sahelkg.bench;

import java.nio.file.Path;
import org.sahelkg.load.Project;
import picocli.CommandLine.Option;

/** {@code --home} and {@code --texts}, read as the product's commands read them (through {@link Project}). */
final class HomeOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "The project directory holding data/, seeds/, ontology/ and queries/ "
                    + "(default: the current directory).")
    Path home;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "The directory of the full source texts (default: the sahelkg.texts system "
                    + "property, else $SAHELKG_TEXTS, else ../shared/seeds beside the project).")
    Path texts;

    Project project() {
        Path dir = home != null ? home : Path.of("");
        return new Project(dir, texts != null ? texts : Project.defaultTexts(dir));
    }
}
