package org.sahelkg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.load.Project;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.vocab.SKG;

/**
 * Checks a project without a store: loads it in memory, validates the data against the SHACL shapes in
 * {@code ontology/shapes/}, runs every {@code queries/checks/*-violation.rq} (each must return no row) and
 * checks every evidence quote against the source text whose SHA-256 matches its record.
 */
public final class Validator {
    private Validator() {
    }

    /** Validates the project; a load problem is thrown as {@link org.sahelkg.load.LoadException}. */
    public static org.sahelkg.validate.ValidationReport validate(Project project) {
        DatasetGraph dsg = KnowledgeGraph.build(project);
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
            RDFDataMgr.read(shapesGraph, file.toString());
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
        Query query = QueryFactory.read(check.toString());
        try (QueryExecution qexec = QueryExecution.dataset(DatasetFactory.wrap(view)).query(query).build()) {
            ResultSet rows = qexec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String cells = rows.getResultVars().stream()
                        .map(v -> v + "=" + show(row.get(v)))
                        .collect(Collectors.joining(" "));
                problems.add(name + ": " + cells);
            }
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
