package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelkg.iri.Iris;
import org.sahelkg.synth.Generator;

/**
 * The data files are read and mapped side by side: what comes out must not depend on which file finished first.
 */
class ParallelBuildTest {
    private static final Path HOME = Path.of("").toAbsolutePath();

    @TempDir
    static Path dir;

    @Test
    void resultsComeInTheOrderOfTheItemsWhateverTheirCost() {
        List<Integer> items = IntStream.range(0, 400).boxed().collect(Collectors.toList());
        // The first items cost the most, so later ones finish first.
        List<Integer> out = GraphBuilder.inOrder(items, i -> {
            double x = 0;
            for (int k = 0; k < (400 - i) * 2_000; k++) {
                x += Math.sqrt(k);
            }
            return x >= 0 ? i : -1;
        });
        assertEquals(items, out);
    }

    @Test
    void aProjectOfManyFilesGivesTheSameQuadsInTheSameOrderEveryTime() throws IOException {
        Generator.generate(new Generator.Settings(3_000, 7, dir.resolve("home"), dir.resolve("texts"), HOME));
        Project project = new Project(dir.resolve("home"), dir.resolve("texts"));
        long files;
        try (Stream<Path> s = Files.walk(project.data())) {
            files = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertTrue(files >= 4, "expected the generated data in several files, found " + files);

        List<String> first = emitted(project);
        List<String> second = emitted(project);
        assertTrue(first.size() > 100_000, "expected a large graph, found " + first.size() + " quads");
        assertEquals(first, second);
        assertEquals(first.size(), new HashSet<>(first).size(), "a quad emitted twice");

        DatasetGraph built = GraphBuilder.build(project);
        Set<String> inDataset = new HashSet<>();
        built.find().forEachRemaining(q -> {
            if (!q.getGraph().getURI().equals(Iris.GRAPH_ONTOLOGY)) {
                inDataset.add(q.toString());
            }
        });
        assertEquals(new HashSet<>(first), inDataset);
    }

    /** The quads of the sources and data graphs, in the order emitted (the ontology's, with its blank nodes, aside). */
    private static List<String> emitted(Project project) {
        List<String> quads = new ArrayList<>();
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (quad.getGraph().getURI().equals(Iris.GRAPH_ONTOLOGY)) {
                    return;
                }
                assertTrue(!quad.getSubject().isBlank() && !quad.getObject().isBlank(), "a blank node: " + quad);
                quads.add(quad.toString());
            }
        };
        GraphBuilder.build(project, sink);
        return quads;
    }
}
