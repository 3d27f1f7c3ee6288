package org.sahelkg.cmd;

import java.nio.file.Path;
import org.sahelkg.load.Project;
import picocli.CommandLine.Option;

/** {@code --home}, {@code --texts} and {@code --without-texts}: where the project and its source texts are. */
public final class ProjectOptions {
    @Option(names = "--home", paramLabel = "DIR",
            description = "The project directory holding data/, seeds/, ontology/ and queries/ "
                    + "(default: the current directory).")
    Path home;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "The directory of the full source texts (default: the sahelkg.texts system "
                    + "property, else $SAHELKG_TEXTS, else ../shared/seeds beside the project).")
    Path texts;

    @Option(names = "--without-texts",
            description = "Build or check without the source texts: quotes, SHA-256 and lengths are then not checked "
                    + "against them (by default a missing texts directory is an error).")
    boolean withoutTexts;

    /**
     * The project, refused ({@link org.sahelkg.load.NotAProjectException}, exit 2) when its home is not one: every
     * command that reads the inputs or a store calls this before touching anything.
     */
    Project project() {
        return anywhere().requireHome();
    }

    /** The project options as given, wherever they point: for a command that may run without a project. */
    Project anywhere() {
        Path dir = home != null ? home : Path.of("");
        return new Project(dir, texts != null ? texts : Project.defaultTexts(dir),
                withoutTexts ? Project.TextCheck.SKIPPED : Project.TextCheck.REQUIRED);
    }
}
