package org.sahelkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.sahelkg.Fixtures;

class CatalogTest {
    static final Path EXAMPLES = examples();
    static final String TYPED = """
            # Title: Events on a day
            # Param ?day: the day (default 2025-04-01)
            # Param ?thing: the resource
            # Param ?label: a label in French
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/sahel-kg/id/>
            SELECT * WHERE { ?thing ?p ?o }
            VALUES (?day ?thing ?label ?free) {
              ("2025-04-01"^^xsd:date <https://w3id.org/sahel-kg/id/event/drone-downing> "Événement"@fr UNDEF)
            }
            """;

    static Path examples() {
        try {
            return Path.of(CatalogTest.class.getResource("/catalog").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void loadListsTheTopLevelQueriesByName() {
        List<CatalogQuery> queries = Catalog.load(EXAMPLES).queries();
        assertEquals(List.of("graph-sizes", "labelled"), queries.stream().map(CatalogQuery::name).toList());
        assertTrue(Catalog.load(EXAMPLES.resolve("missing")).queries().isEmpty());
    }

    @Test
    void theHeaderGivesTitleQuestionParametersAndReturns() {
        CatalogQuery q = Catalog.load(EXAMPLES).find("labelled").orElseThrow();
        assertEquals("Labels in a language", q.title());
        assertEquals("Which resources carry a label in the language we ask for, and in which named graph "
                + "is that label?", q.question(), "a comment line without a key continues the field");
        assertEquals(List.of(new QueryParameter("lang", "the language tag of the labels (default \"fr\")", "fr")),
                q.parameters());
        assertEquals("one row per resource, graph and label.", q.returns());
        assertTrue(q.text().startsWith("# Title:"));
    }

    @Test
    void aQueryWithoutHeaderIsNamedByItsFile() {
        CatalogQuery q = Catalog.parse("bare", "SELECT * {}\n# Title: not a header\n");
        assertEquals("bare", q.title());
        assertEquals("", q.question());
        assertTrue(q.parameters().isEmpty());
    }

    @Test
    void resolveFindsNamesThenFiles() {
        assertEquals(EXAMPLES.resolve("labelled.rq"), Catalog.resolve(EXAMPLES, "labelled"));
        assertEquals(EXAMPLES.resolve("checks/no-label-violation.rq"),
                Catalog.resolve(EXAMPLES, "checks/no-label-violation"));
        Path file = EXAMPLES.resolve("graph-sizes.rq");
        assertEquals(file, Catalog.resolve(Path.of("/nowhere"), file.toString()));
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.resolve(EXAMPLES, "nope"));
        assertTrue(e.getMessage().contains("nope.rq"), e.getMessage());
    }

    @Test
    void bindReplacesTheDefaultsOfTheClosingValuesBlock() {
        Query query = Catalog.parseQuery(TYPED, "typed.rq");
        Query bound = Catalog.bind(query, Map.of("day", "2025-04-06", "thing", "country/mali",
                "label", "Mali", "free", "anything"));
        Binding row = bound.getValuesData().get(0);
        assertEquals(NodeFactory.createLiteralDT("2025-04-06", XSDDatatype.XSDdate), row.get("day"));
        assertEquals("https://w3id.org/sahel-kg/id/country/mali", row.get("thing").getURI());
        assertEquals(NodeFactory.createLiteralLang("Mali", "fr"), row.get("label"));
        assertEquals(NodeFactory.createLiteralString("anything"), row.get("free"));

        Binding kept = Catalog.bind(query, Map.of("thing", "id:place/tinzawatene")).getValuesData().get(0);
        assertEquals("https://w3id.org/sahel-kg/id/place/tinzawatene", kept.get("thing").getURI());
        assertEquals(NodeFactory.createLiteralDT("2025-04-01", XSDDatatype.XSDdate), kept.get("day"));
        assertFalse(kept.contains("free"), "UNDEF stays undefined");
        assertEquals(query.getValuesData(), Catalog.bind(query, Map.of()).getValuesData());
        assertEquals("2025-04-01", query.getValuesData().get(0).get("day").getLiteralLexicalForm(),
                "the original is untouched");
    }

    @Test
    void aValuesBlockFirstInWhereServesParametersUsedInFilters() {
        String text = """
                # Title: Labels containing a name
                # Param ?name: the name (default "Tinzawatène")
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?thing WHERE {
                  VALUES ?name { "Tinzawatène" }
                  ?thing rdfs:label ?label
                  FILTER(CONTAINS(LCASE(STR(?label)), LCASE(?name)))
                }
                """;
        assertEquals("Tinzawatène", Catalog.parse("contains", text).parameters().get(0).defaultValue());
        DatasetGraph dsg = Fixtures.unionTdb();
        Query query = Catalog.parseQuery(text, "contains.rq");
        assertEquals(2, run(dsg, Catalog.bind(query, Map.of()), ResultFormat.CSV).lines().count());
        assertEquals(2, run(dsg, Catalog.bind(query, Map.of("name", "événement")), ResultFormat.CSV).lines().count());
        assertEquals(1, run(dsg, Catalog.bind(query, Map.of("name", "nowhere")), ResultFormat.CSV).lines().count());
        assertTrue(query.toString().contains("\"Tinzawatène\""), "the original is untouched");
    }

    @Test
    void bindRejectsWhatTheQueryCannotTake() {
        Query query = Catalog.parseQuery(TYPED, "typed.rq");
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.bind(query, Map.of("nme", "x")))
                .getMessage().contains("Unknown parameter nme; expected one of: day, thing, label, free"));
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.bind(query, Map.of("day", "6 April")))
                .getMessage().contains("expected a value of type http://www.w3.org/2001/XMLSchema#date"));
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.bind(query, Map.of("thing", "mali")))
                .getMessage().contains("expected an IRI"));
        Query plain = Catalog.parseQuery("SELECT * {}", "plain.rq");
        assertTrue(assertThrows(CatalogException.class, () -> Catalog.bind(plain, Map.of("x", "1")))
                .getMessage().contains("no VALUES block at its end or first in WHERE"));
    }

    @Test
    void aSyntaxErrorNamesTheFileLineAndColumn() {
        CatalogException e = assertThrows(CatalogException.class,
                () -> Catalog.parseQuery("SELECT * {\n  ?s ?p \n}", "queries/broken.rq"));
        assertEquals("queries/broken.rq:3:1: SPARQL syntax error: found \"}\", expected one of: <IRIref> <PNAME_NS> "
                + "<PNAME_LN> <BLANK_NODE_LABEL> <VAR1> <VAR2> \"true\" \"false\" …", e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void executePrintsSelectAsTableCsvAndJson() throws Exception {
        DatasetGraph dsg = Fixtures.unionTdb();
        Query query = Catalog.bind(Catalog.parseQuery(Catalog.load(EXAMPLES).find("labelled").orElseThrow().text(),
                "labelled.rq"), Map.of("lang", "en"));
        String table = run(dsg, query, ResultFormat.TABLE);
        assertTrue(table.contains("\"Downing of a Malian drone near Tinzawatène\"@en"), table);
        assertTrue(table.startsWith("-"), "Jena's text table");
        String csv = run(dsg, query, ResultFormat.CSV);
        assertEquals("thing,graph,label", csv.lines().findFirst().orElseThrow());
        assertEquals(3, csv.lines().count());
        JsonNode json = new ObjectMapper().readTree(run(dsg, query, ResultFormat.JSON));
        assertEquals(2, json.get("results").get("bindings").size());
        String french = run(dsg, Catalog.parseQuery(Catalog.read(EXAMPLES.resolve("labelled.rq")).text(), "l.rq"),
                ResultFormat.CSV);
        assertTrue(french.contains("Événement"), french);
        assertEquals(2, french.lines().count(), "the default parameter value applies");

        String sizes = run(dsg, Catalog.parseQuery("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "x"), ResultFormat.CSV);
        assertEquals("n\r\n" + Fixtures.TRIPLES + "\r\n", sizes, "the default graph is the union");
    }

    @Test
    void executePrintsAskAndGraphs() throws Exception {
        DatasetGraph dsg = Fixtures.unionTdb();
        Query ask = Catalog.parseQuery("ASK { ?s a ?type }", "ask.rq");
        assertEquals("true", run(dsg, ask, ResultFormat.TABLE).strip());
        assertEquals("false", run(dsg, Catalog.parseQuery("ASK { ?s a <urn:x> }", "x"), ResultFormat.CSV).strip());
        assertTrue(new ObjectMapper().readTree(run(dsg, ask, ResultFormat.JSON)).get("boolean").asBoolean());

        Query construct = Catalog.parseQuery("CONSTRUCT WHERE { ?s ?p ?o }", "c.rq");
        assertEquals(Fixtures.TRIPLES, parse(run(dsg, construct, ResultFormat.TABLE), Lang.TURTLE).size());
        assertEquals(Fixtures.TRIPLES, parse(run(dsg, construct, ResultFormat.JSON), Lang.JSONLD).size());
        Query describe = Catalog.parseQuery("DESCRIBE <https://w3id.org/sahel-kg/id/event/drone-downing>", "d.rq");
        assertEquals(3, parse(run(dsg, describe, ResultFormat.CSV), Lang.TURTLE).size());
    }

    private static String run(DatasetGraph dsg, Query query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Catalog.execute(dsg, query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(graph);
        return graph;
    }
}
