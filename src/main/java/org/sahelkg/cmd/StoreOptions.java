package org.sahelkg.cmd;

import java.nio.file.Path;
import org.sahelkg.load.Project;
import org.sahelkg.store.Store;
import picocli.CommandLine.Option;

/** {@code --store}: where the TDB2 store lives. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "The store directory (default: <home>/target/store).")
    Path store;

    Path dir(Project project) {
        return store != null ? store : Store.defaultLocation(project);
    }
}
