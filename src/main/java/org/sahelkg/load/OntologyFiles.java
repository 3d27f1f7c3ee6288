package org.sahelkg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.sahelkg.iri.Iris;

/**
 * Reads {@code ontology/*.ttl} (top level only: shapes and rules are not part of the graph) into one graph,
 * reporting each Turtle error with its file, line and column. Blank nodes get labels derived from the file
 * name, so the same files always give the same quads.
 */
final class OntologyFiles {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private boolean complete = true;

    private OntologyFiles() {
    }

    static OntologyFiles read(Project project, List<Problem> problems) {
        OntologyFiles ontology = new OntologyFiles();
        for (Path file : files(project.ontology(), problems, project)) {
            ontology.parse(project, file, problems);
        }
        return ontology;
    }

    Graph graph() {
        return graph;
    }

    /** False when some file could not be parsed to its end. */
    boolean complete() {
        return complete;
    }

    private void parse(Project project, Path file, List<Problem> problems) {
        String relative = project.relative(file);
        int before = problems.size();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                // Warnings (an unusual IRI, say) do not stop a load.
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add(new Problem(relative, null, (int) line, (int) col, "malformed Turtle: " + message));
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
                throw new RiotException(message);
            }
        };
        try {
            RDFParser.source(file).lang(Lang.TURTLE).base(Iris.BASE).errorHandler(handler)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(
                            UUID.nameUUIDFromBytes(relative.getBytes(StandardCharsets.UTF_8))))
                    .parse(graph);
        } catch (RiotException e) {
            if (problems.size() == before) {
                problems.add(new Problem(relative, null, 0, 0, "malformed Turtle: " + e.getMessage()));
            }
        }
        if (problems.size() > before) {
            complete = false;
        }
    }

    private static List<Path> files(Path dir, List<Problem> problems, Project project) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(p)).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            problems.add(new Problem(project.relative(dir), null, 0, 0,
                    "cannot list the directory: " + e.getMessage()));
            return List.of();
        }
    }
}
