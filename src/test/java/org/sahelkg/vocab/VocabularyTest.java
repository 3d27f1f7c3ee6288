package org.sahelkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelkg.iri.Graphs;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;

/**
 * The Java term constants are checked against {@code ontology/}: every constant of our vocabulary classes, every
 * term of Jena's the loader writes and every {@code skg:} term of the code's SPARQL names a term the ontology
 * declares (so a typo in Java cannot mint a term nobody defined), and every class and property the ontology
 * defines has an English and a French label and an English comment ending with a period (schema.org's rule).
 */
class VocabularyTest {
    static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = GraphBuilder.build(Project.at(Path.of(System.getProperty("sahelkg.home", "."))))
                .getGraph(Graphs.ONTOLOGY);
    }

    /** Our own vocabulary classes whose terms the ontology declares (FORMATS names formats, not terms). */
    static final List<Class<?>> OWN = List.of(SKG.class, SEM.class, PROV.class, TIME.class, GEO.class, WGS84.class,
            SCHEMA.class, SPDX.class);
    /** Jena's vocabulary classes of namespaces the graph uses terms of. */
    static final Map<String, Class<?>> JENA = Map.of("OA", OA.class, "ORG", ORG.class, "FOAF", FOAF.class,
            "DCTerms", DCTerms.class, "SKOS", SKOS.class);
    static final Path MAIN = Path.of(System.getProperty("sahelkg.home", "."), "src/main/java/org/sahelkg");

    @Test
    void everyVocabularyClassIsChecked() throws IOException {
        Set<String> classes;
        try (Stream<Path> files = Files.list(MAIN.resolve("vocab"))) {
            classes = files.map(f -> f.getFileName().toString().replaceFirst("\\.java$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> known = new TreeSet<>(List.of("Prefixes", "FORMATS"));
        OWN.forEach(c -> known.add(c.getSimpleName()));
        assertEquals(known, classes, "a vocabulary class of vocab/ must be listed in OWN (or say why it is not)");
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        int n = 0;
        for (Class<?> vocabulary : OWN) {
            for (Field f : vocabulary.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                    n++;
                    Node term = (Node) f.get(null);
                    if (!ontology.contains(term, RDF.Nodes.type, Node.ANY)) {
                        undeclared.add(vocabulary.getSimpleName() + "." + f.getName() + " " + term.getURI());
                    }
                }
            }
        }
        assertTrue(n > 150, "expected the vocabulary constants, found " + n);
        assertEquals(List.of(), undeclared, "constants the ontology does not declare");
    }

    /** The loader writes the graph: a term of Jena's vocabularies it writes must be one the ontology declares. */
    @Test
    void everyJenaTermTheLoaderWritesIsDeclared() throws IOException, ReflectiveOperationException {
        Pattern use = Pattern.compile("\\b(" + String.join("|", JENA.keySet()) + ")\\.([A-Za-z_]+)\\b");
        Map<String, String> undeclared = new TreeMap<>();
        int n = 0;
        for (Path file : javaFiles(MAIN.resolve("load"))) {
            Matcher m = use.matcher(Files.readString(file));
            while (m.find()) {
                if (m.group(2).equals("NS") || m.group(2).equals("uri")) {
                    continue;
                }
                n++;
                Node term = ((Resource) JENA.get(m.group(1)).getField(m.group(2)).get(null)).asNode();
                if (!ontology.contains(term, RDF.Nodes.type, Node.ANY)) {
                    undeclared.put(term.getURI(), MAIN.relativize(file).toString());
                }
            }
        }
        assertTrue(n > 20, "expected the loader to use Jena's vocabulary classes, found " + n + " uses");
        assertEquals(Map.of(), undeclared, "terms the loader writes that the ontology does not declare");
    }

    /** The code's own SPARQL ({@code skg:holder} in the explainer …) may only name terms the ontology declares. */
    @Test
    void everySkgTermInTheCodesSparqlIsDeclared() throws IOException {
        Pattern curie = Pattern.compile("\\bskg:([A-Za-z][A-Za-z0-9]*)");
        Map<String, String> undeclared = new TreeMap<>();
        int n = 0;
        for (Path file : javaFiles(MAIN)) {
            Matcher m = curie.matcher(Files.readString(file));
            while (m.find()) {
                n++;
                if (!ontology.contains(NodeFactory.createURI(SKG.NS + m.group(1)), RDF.Nodes.type, Node.ANY)) {
                    undeclared.put("skg:" + m.group(1), MAIN.relativize(file).toString());
                }
            }
        }
        assertTrue(n > 10, "expected skg: terms in the code's SPARQL, found " + n);
        assertEquals(Map.of(), undeclared, "skg: terms the code names that the ontology does not declare");
    }

    static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyOwnTermHasLabelsAndAComment() {
        String query = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?term ?problem WHERE {
                  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:NamedIndividual }
                  ?term a ?kind .
                  FILTER(STRSTARTS(STR(?term), "https://w3id.org/sahel-kg/ontology#"))
                  { FILTER NOT EXISTS { ?term rdfs:label ?l FILTER(LANG(?l) = "en") } BIND("no English label" AS ?problem) }
                  UNION { FILTER NOT EXISTS { ?term rdfs:label ?l FILTER(LANG(?l) = "fr") } BIND("no French label" AS ?problem) }
                  UNION { FILTER NOT EXISTS { ?term rdfs:comment ?c FILTER(LANG(?c) = "en") } BIND("no English comment" AS ?problem) }
                  UNION { ?term rdfs:comment ?c FILTER(LANG(?c) = "en" && !STRENDS(STR(?c), ".")) BIND("comment does not end with a period" AS ?problem) }
                }""";
        List<String> problems = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(DatasetGraphFactory.wrap(ontology)))
                .query(query).build()) {
            qe.execSelect().forEachRemaining(r -> problems.add(r.getResource("term").getURI() + ": "
                    + r.getLiteral("problem").getString()));
        }
        assertEquals(List.of(), problems);
    }
}
