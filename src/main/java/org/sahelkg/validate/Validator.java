package org.sahelkg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sahelkg.iri.Graphs;
import org.sahelkg.SparqlErrors;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Project;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.sparql.SafeSparql;
import org.sahelkg.vocab.SKG;

/**
 * Checks a project without a store: loads it in memory, validates the data against the SHACL shapes in
 * {@code ontology/shapes/}, runs every {@code queries/checks/*-violation.rq} (each must return no row) and
 * checks every evidence quote against the source text whose SHA-256 matches its record. A shape file or check that
 * cannot be used is refused with its file, line and column.
 */
public final class Validator {
    private static final Pattern NAMED_NODE = Pattern.compile("node=<([^>]+)>");
    /**
     * The longest a check query may run: the project's take milliseconds, and one that backtracks on a regular
     * expression or multiplies patterns would otherwise hold {@code validate} for ever.
     */
    static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);

    private Validator() {
    }

    /** Validates the project; a load problem is thrown as {@link org.sahelkg.load.LoadException}. */
    public static org.sahelkg.validate.ValidationReport validate(Project project) {
        return validate(project, KnowledgeGraph.build(project));
    }

    /**
     * Validates a graph already built from the project ({@link KnowledgeGraph#build}), as {@code load} does before it
     * publishes it: the same checks as {@link #validate(Project)}, without building twice.
     */
    public static org.sahelkg.validate.ValidationReport validate(Project project, DatasetGraph dsg) {
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Graph union = Graphs.union(dsg);

        checkShapes(project, union, problems, warnings);

        DatasetGraph view = DatasetGraphFactory.create(union);
        view.addGraph(Graphs.TEXTS, textsGraph(project, union, warnings));
        for (Path check : checks(project)) {
            runCheck(project, check, view, problems);
        }

        return new org.sahelkg.validate.ValidationReport(problems, warnings);
    }

    private static void checkShapes(Project project, Graph data, List<String> problems, List<String> warnings) {
        Path dir = project.shapes();
        if (!Files.isDirectory(dir)) {
            warnings.add("no shapes directory " + project.relative(dir) + ": SHACL validation skipped");
            return;
        }
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (Path file : files(dir, ".ttl")) {
            Graph one = readShapes(project, file);
            one.find().forEachRemaining(shapesGraph::add);
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
        for (ReportEntry entry : report.getEntries()) {
            String line = "shape " + ShLib.displayStr(entry.source()) + ": " + ShLib.displayStr(entry.focusNode())
                    + (entry.resultPath() == null ? "" : " " + entry.resultPath())
                    + (entry.value() == null ? "" : " = " + ShLib.displayStr(entry.value()))
                    + ": " + entry.message();
            if (entry.severity() == Severity.Violation) {
                problems.add(line);
            } else {
                warnings.add(line);
            }
        }
    }

    /**
     * One shape file, which must be Turtle and valid SHACL on its own. Jena's SHACL parser names no position: the
     * place given is the first mention of the node its message names, else the file's start.
     */
    private static Graph readShapes(Project project, Path file) {
        String relative = project.relative(file);
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(failFast(relative, "malformed Turtle")).parse(graph);
        } catch (RiotException e) {
            throw e.getCause() instanceof ValidationException v ? v : new ValidationException(relative + ":1:1: "
                    + "malformed Turtle: " + e.getMessage(), e);
        }
        try {
            Shapes.parse(graph);
        } catch (RuntimeException e) {
            String message = (e instanceof ShaclParseException ? e.getMessage()
                    : "a value of the wrong kind (" + e.getMessage() + ")").replaceAll("_:[A-Za-z0-9]+", "[ … ]");
            throw new ValidationException(relative + ":" + mention(file, graph, message) + ": expected valid SHACL: "
                    + message, e);
        }
        return graph;
    }

    /** A Turtle error handler that stops at the first error, as {@code file:line:column: what: message}. */
    private static ErrorHandler failFast(String relative, String what) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // An unusual IRI, say, does not stop validation.
            }

            @Override
            public void error(String message, long line, long col) {
                fatal(message, line, col);
            }

            @Override
            public void fatal(String message, long line, long col) {
                throw new RiotException(message, new ValidationException(relative + ":" + Math.max(line, 1) + ":"
                        + Math.max(col, 1) + ": " + what + ": " + message));
            }
        };
    }

    /** {@code line:column} of the first mention in {@code file} of the node {@code message} names, else 1:1. */
    private static String mention(Path file, Graph graph, String message) {
        Matcher named = NAMED_NODE.matcher(message);
        if (!named.find()) {
            return "1:1";
        }
        String iri = named.group(1);
        String prefixed = graph.getPrefixMapping().qnameFor(iri);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int at = line.indexOf("<" + iri + ">");
                if (at < 0 && prefixed != null) {
                    at = line.indexOf(prefixed);
                }
                if (at >= 0 && !line.strip().startsWith("#")) {
                    return (i + 1) + ":" + (at + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "1:1";
    }

    /** The full texts of the sources whose files are in the texts directory, as skg:fullText literals. */
    private static Graph textsGraph(Project project, Graph union, List<String> warnings) {
        Graph texts = GraphFactory.createDefaultGraph();
        if (!project.hasTexts()) {
            warnings.add("source texts not found at " + project.texts() + ": quotes were not checked against them"
                    + " (set --texts, -Dsahelkg.texts or SAHELKG_TEXTS)");
            return texts;
        }
        union.find(Node.ANY, SKG.FILE_NAME, Node.ANY).forEachRemaining(t -> {
            Path file = project.texts().resolve(t.getObject().getLiteralLexicalForm());
            if (!Files.isRegularFile(file)) {
                warnings.add("source text " + file + " not found: quotes of " + t.getSubject().getURI()
                        + " were not checked");
                return;
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                texts.add(Triple.create(t.getSubject(), SKG.FULL_TEXT, NodeFactory.createLiteralString(text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return texts;
    }

    private static void runCheck(Project project, Path check, DatasetGraph view, List<String> problems) {
        String name = check.getFileName().toString().replaceFirst("\\.rq$", "");
        String relative = project.relative(check);
        Query query;
        String text;
        try {
            text = Files.readString(check, StandardCharsets.UTF_8);
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new ValidationException(SparqlErrors.message(relative, e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!query.isSelectType()) {
            throw new ValidationException(relative + ":1:1: expected a SELECT query whose every row is a violation, "
                    + "found " + (query.isAskType() ? "ASK" : query.isConstructType() ? "CONSTRUCT" : "DESCRIBE"));
        }
        if (SafeSparql.callsOut(query)) {
            String at = SparqlErrors.position(text, SafeSparql.SERVICE);
            throw new ValidationException(relative + ":" + (at == null ? "1:1" : at) + ": a check reads the project's "
                    + "graphs only; expected no SERVICE, found a call to another endpoint");
        }
        try (QueryExecution qexec = QueryExecution.dataset(DatasetFactory.wrap(view)).query(query)
                .context(SafeSparql.context()).timeout(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).build()) {
            ResultSet rows = qexec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String cells = rows.getResultVars().stream()
                        .map(v -> v + "=" + show(row.get(v)))
                        .collect(Collectors.joining(" "));
                problems.add(name + ": " + cells);
            }
        } catch (QueryCancelledException e) {
            throw new ValidationException(relative + ":1:1: expected a check that ends within "
                    + CHECK_TIMEOUT.toSeconds() + " s, stopped it after that time", e);
        }
    }

    private static String show(RDFNode node) {
        if (node == null) {
            return "-";
        }
        if (node.isURIResource()) {
            String id = Iris.idOf(node.asResource().getURI());
            return id != null ? id : "<" + node.asResource().getURI() + ">";
        }
        return node.isLiteral() ? "\"" + node.asLiteral().getLexicalForm() + "\"" : node.toString();
    }

    /** The violation queries, in name order. */
    public static List<Path> checks(Project project) {
        return Files.isDirectory(project.checks()) ? files(project.checks(), "-violation.rq") : List.of();
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
