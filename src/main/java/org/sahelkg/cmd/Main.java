package org.sahelkg.cmd;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.SahelKgException;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.NotAProjectException;
import org.sahelkg.query.Catalog;
import org.sahelkg.validate.ValidationReport;
import org.sahelkg.validate.Validator;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.load.Project;
import org.sahelkg.store.Store;
import org.sahelkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code sahel-kg} command line. Exit codes: 0 done, 1 a problem in the input (load, validation,
 * query syntax, quote not found), 2 a usage error or an internal error. Problems in the input are
 * printed as messages, never as stack traces.
 */
@Command(name = "sahel-kg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "An open knowledge graph of the 2025 Algeria–Sahel crisis: build it, check it, "
                + "query it and serve it.",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, QueryCommand.class,
                ExportCommand.class, LocateCommand.class, SchemaCommand.class, ReasonCommand.class, CoverageCommand.class,
                IngestCommand.class, ReviewCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:problems in the input (load, validation, query, quote not found)",
                "2:usage error or internal error"})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int ERROR = 2;

    final PrintStream out;
    final PrintStream err;
    /** Where the graphs of a rebuild come from: {@link GraphBuilder}, or a fixture in tests. */
    final Function<Project, DatasetGraph> source;

    @Spec
    CommandSpec spec;

    Main(PrintStream out, PrintStream err, Function<Project, DatasetGraph> source) {
        this.out = out;
        this.err = err;
        this.source = source;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = execute(out, err, args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err);
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Running out of heap is a message, not a trace: a build is in memory until it is written whole, so the store
     * is as it was.
     */
    static int outOfMemory(PrintStream err) {
        err.println("sahel-kg: out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB); the "
                + "store is as it was. Give Java more heap, such as java -Xmx8g -jar target/sahel-kg.jar …");
        return ERROR;
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return commandLine(out, err, project -> checkedBuild(project, err)).execute(args);
    }

    /**
     * The graph of a project, built only if it passes every check {@code validate} runs (the catalog, SHACL, the
     * {@code *-violation.rq} queries; the loader itself checks quotes, checksums and coverage): what a rebuild
     * publishes, so that {@code load}, or {@code serve} after a change, never makes a graph current that
     * {@code validate} refuses. Warnings go to {@code err}.
     */
    static DatasetGraph checkedBuild(Project project, PrintStream err) {
        Catalog.load(project.queries());
        DatasetGraph dataset = KnowledgeGraph.build(project);
        ValidationReport report = Validator.validate(project, dataset);
        report.warnings().forEach(w -> err.println("sahel-kg: warning: " + w));
        if (!report.conforms()) {
            throw new ProblemException(report.problems().size() + " problem" + (report.problems().size() == 1 ? ""
                    : "s") + " found by validation; the store is as it was:\n" + String.join("\n",
                    report.problems().stream().map(p -> "  problem: " + p).toList()));
        }
        return dataset;
    }

    static CommandLine commandLine(PrintStream out, PrintStream err, Function<Project, DatasetGraph> source) {
        CommandLine cmd = new CommandLine(new Main(out, err, source));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((e, command, parseResult) -> report(e, err));
        return cmd;
    }

    /** The store a command uses: {@code --store}, else the project's default. */
    Store store(Path dir) {
        return new Store(dir, source, err::println);
    }

    /** The usage error of {@code option} given with {@code --endpoint}, which asks a server holding its own store. */
    static String notWithEndpoint(String option) {
        return option + " and --endpoint exclude each other: with --endpoint the running server reads the store it "
                + "holds";
    }

    /**
     * Prints a failure as a message (a stack trace only for what is a bug) and picks the exit code: the one
     * place where the project's errors become what a user sees. A problem in the input already names its file
     * and place ({@code path:line:column: what was expected}) and is printed as it is, exit 1; a store that cannot
     * be opened or written, a file that cannot be read, or a command run where there is no project, is the environment's
     * problem, exit 2.
     */
    static int report(Exception e, PrintStream err) {
        if (e instanceof StoreException || e instanceof NotAProjectException || e instanceof java.io.IOException
                || e instanceof java.io.UncheckedIOException) {
            err.println("sahel-kg: " + e.getMessage());
            return ERROR;
        }
        if (e instanceof SahelKgException) {
            err.println(e.getMessage());
            return PROBLEMS;
        }
        err.println("sahel-kg: internal error: " + e);
        e.printStackTrace(err);
        return ERROR;
    }

    /** {@code --version}: the version and build time from the jar's manifest, or {@code dev}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sahel-kg " + Store.buildIdentity()};
        }
    }

    /** A problem in the input that is not a load problem: exit code 1, message only. */
    static final class ProblemException extends SahelKgException {
        private static final long serialVersionUID = 1L;

        ProblemException(String message) {
            super(message);
        }
    }
}
