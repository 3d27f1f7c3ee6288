package org.sahelkg.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sahelkg.SahelKgException;
import org.sahelkg.load.NotAProjectException;
import org.sahelkg.store.Store;
import org.sahelkg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code sahel-kg-bench} command line: the tools that measure the product, kept out of {@code sahel-kg.jar} so
 * that what users run holds no benchmark and no generator. It runs beside that jar ({@code target/sahel-kg-bench.jar}
 * names it in its manifest) and uses only the product's public API. Exit codes as the product's: 0 done, 1 a
 * problem in the input, 2 a usage error or an internal error.
 */
@Command(name = "sahel-kg-bench", mixinStandardHelpOptions = true, versionProvider = BenchMain.Version.class,
        description = "Measure sahel-kg (bench) and write the synthetic data it is measured on (generate).",
        subcommands = {BenchCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:problems in the input or a benchmark that cannot go on",
                "2:usage error or internal error"})
public final class BenchMain implements Runnable {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int ERROR = 2;

    final PrintStream out;
    final PrintStream err;

    @Spec
    CommandSpec spec;

    BenchMain(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
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
            err.println("sahel-kg-bench: out of memory (maximum heap " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB). Give Java more heap, such as java -Xmx8g -jar target/sahel-kg-bench.jar …");
            code = ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cmd = new CommandLine(new BenchMain(out, err));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((e, command, parseResult) -> report(e, err));
        return cmd.execute(args);
    }

    /** Prints a failure as a message (a stack trace only for what is a bug) and picks the exit code. */
    static int report(Exception e, PrintStream err) {
        if (e instanceof StoreException || e instanceof NotAProjectException || e instanceof IOException
                || e instanceof UncheckedIOException) {
            err.println("sahel-kg-bench: " + e.getMessage());
            return ERROR;
        }
        if (e instanceof BenchException) {
            err.println("sahel-kg-bench: " + e.getMessage());
            return PROBLEMS;
        }
        if (e instanceof SahelKgException) {
            err.println(e.getMessage());
            return PROBLEMS;
        }
        err.println("sahel-kg-bench: internal error: " + e);
        e.printStackTrace(err);
        return ERROR;
    }

    /** {@code --version}: the build of the product jar measured, or {@code dev}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sahel-kg-bench " + Store.buildIdentity()};
        }
    }
}
