package org.sahelkg.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelkg.load.Project;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: the performance figures of the README, measured on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = BenchMain.Version.class,
        subcommands = BenchCommand.Pages.class,
        description = {"Measure the whole path: load throughput against Jena's TDB2 bulk loader on the same quads, "
                + "rule materialisation time and peak heap, catalog query latency (p50, p95) and throughput at 1, 2, 4 "
                + "and 8 clients through the HTTP endpoint, and the time `serve` takes to answer on the seed graph.",
                "Synthetic data is generated once under --work and reused. Figures are printed as tables and written "
                        + "to --out as bench.json and latency.svg; --quick ends with one summary line.",
                "Run from the jar with enough heap for the largest scale, such as java -Xmx8g -jar "
                        + "target/sahel-kg-bench.jar bench."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    BenchMain main;

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOptions projectOptions;

    @Option(names = "--quick", description = "The seed graph and a small generated graph only, a few runs each "
            + "(under 3 minutes on 2 cores).")
    boolean quick;

    @Option(names = "--scales", split = ",", paramLabel = "N[,N…]",
            description = "Synthetic event counts to measure besides the seed graph (default: 10000,100000,131500,"
                    + "250000; none with --quick).")
    List<Integer> scales;

    @Option(names = "--load-events", paramLabel = "N", defaultValue = "4000",
            description = "With --quick: the generated graph of the load and rules figures (default: ${DEFAULT-VALUE}).")
    int loadEvents;

    @Option(names = "--runs", paramLabel = "N", description = "Runs of each load figure (default: 3).")
    Integer runs;

    @Option(names = "--rules-runs", paramLabel = "N", description = "Runs of each rules figure (default: 3 with "
            + "--quick, else 1).")
    Integer rulesRuns;

    @Option(names = "--query-runs", paramLabel = "N", description = "Timed runs of each catalog query (default: 10 "
            + "with --quick, else 20).")
    Integer queryRuns;

    @Option(names = "--client-seconds", paramLabel = "S", description = "Seconds per throughput figure (default: 2 "
            + "with --quick, else 5).")
    Double clientSeconds;

    @Option(names = "--virtuoso", description = "Also load the largest scale into a throw-away Virtuoso "
            + "(virtuoso-t, isql-vt) and run the catalog queries there.")
    boolean virtuoso;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "/tmp/sahel-kg-bench",
            description = "Where generated data and stores go (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "DIR", description = "Where bench.json and latency.svg go (default: "
            + "<home>/target/bench).")
    Path out;

    @Option(names = "--jar", paramLabel = "FILE", description = "The product jar whose `serve` is timed (default: "
            + "the one this runs with, else <home>/target/sahel-kg.jar).")
    Path jar;

    @Option(names = "--plot", paramLabel = "JSON",
            description = "Measure nothing: draw latency.svg again from a bench.json, into --out.")
    Path plot;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Project project = projectOptions.project();
        if (plot != null) {
            Path svg = Bench.replot(plot, out != null ? out : project.home().resolve("target/bench"));
            main.out.println("plot written to " + svg);
            return BenchMain.OK;
        }
        Path jarFile = jar != null ? jar : runningJar().orElse(project.home().resolve("target/sahel-kg.jar"));
        if (!Files.isRegularFile(jarFile)) {
            throw new ParameterException(spec.commandLine(), "--jar: no jar at " + jarFile
                    + " (build it with mvn -q package -DskipTests)");
        }
        List<Integer> sizes = scales != null ? scales : quick ? List.of() : List.of(10_000, 100_000, 131_500, 250_000);
        if (sizes.stream().anyMatch(n -> n < 1) || loadEvents < 1) {
            throw new ParameterException(spec.commandLine(), "--scales, --load-events: expected event counts ≥ 1");
        }
        StringBuilder command = new StringBuilder("java -jar target/sahel-kg-bench.jar bench");
        spec.commandLine().getParseResult().originalArgs().stream().skip(1).forEach(a -> command.append(' ').append(a));
        Bench.Settings settings = new Bench.Settings(quick, project.home(), jarFile.toAbsolutePath(), work,
                out != null ? out : project.home().resolve("target/bench"), sizes, loadEvents,
                runs != null ? runs : 3, rulesRuns != null ? rulesRuns : quick ? 3 : 1,
                queryRuns != null ? queryRuns : quick ? 10 : 20, clientSeconds != null ? clientSeconds : quick ? 2 : 5,
                virtuoso ? Virtuoso.Settings.debian(Bench.VIRTUOSO_TIME_LIMIT) : null, command.toString());
        new Bench(settings, main.out).run();
        return BenchMain.OK;
    }

    private static java.util.Optional<Path> runningJar() {
        try {
            Path location = Path.of(Store.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? java.util.Optional.of(location) : java.util.Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code bench pages}: how long the server takes to answer each resource page (see {@link PageBench}). */
    @Command(name = "pages", mixinStandardHelpOptions = true, versionProvider = BenchMain.Version.class,
            description = "Fetch every resource page of the store several times from a server on loopback and print "
                    + "p50, p95 and max per kind of page, and the largest page.")
    static final class Pages implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Mixin
        HomeOptions projectOptions;

        @Option(names = "--store", paramLabel = "DIR",
                description = "The store directory (default: <home>/target/store).")
        Path storeDir;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "20",
                description = "Timed fetches of each page (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() {
            Project project = projectOptions.project();
            Path dir = storeDir != null ? storeDir : Store.defaultLocation(project);
            try (Store store = new Store(dir, KnowledgeGraph::build, bench.main.err::println)) {
                store.ensureFresh(project);
                PageBench.print(PageBench.run(store.open(), project.queries(), runs), bench.main.out);
            }
            return BenchMain.OK;
        }
    }
}
