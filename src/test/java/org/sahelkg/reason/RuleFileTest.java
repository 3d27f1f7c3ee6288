package org.sahelkg.reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rule file is refused, before anything runs, unless it only adds to the inferred graph and has its header. */
class RuleFileTest {
    private static final String HEADER = """
            # Title: Test rule
            # Derives: nothing of interest
            # Sound because: it is a test
            """;
    private static final String PREFIX = "PREFIX ex: <http://example.org/>\n";
    private static final String GOOD = "INSERT { GRAPH graph:inferred { ?s ex:p ?o } }"
            + " WHERE { ?s ex:q ?o }";

    @TempDir
    Path dir;

    private RuleFile read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return RuleFile.read(file, "ontology/rules/" + name);
    }

    private String refusal(String name, String text) {
        return assertThrows(RuleException.class, () -> read(name, text)).getMessage();
    }

    @Test
    void readsTheHeader() throws IOException {
        RuleFile rule = read("15-test-rule.ru", HEADER + "# Repeat: until no change\n# Join: hash\n" + PREFIX + GOOD);
        assertEquals("test-rule", rule.name());
        assertEquals("Test rule", rule.title());
        assertEquals("https://w3id.org/sahel-kg/id/rule/test-rule", rule.iri());
        assertTrue(rule.repeat());
        assertTrue(rule.hashJoin());
        RuleFile plain = read("16-plain.ru", HEADER + PREFIX + GOOD);
        assertFalse(plain.repeat());
        assertFalse(plain.hashJoin());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            delete         | DELETE { ?s ex:q ?o } INSERT { GRAPH graph:inferred { ?s ex:p ?o } } WHERE { ?s ex:q ?o } | a rule may only add triples
            delete data    | DELETE DATA { ex:a ex:b ex:c }                                                                   | a rule may only be INSERT
            asserted graph | INSERT { GRAPH graph:data { ?s ex:p ?o } } WHERE { ?s ex:q ?o }        | found an insert into https://w3id.org/sahel-kg/graph/data
            default graph  | INSERT { ?s ex:p ?o } WHERE { ?s ex:q ?o }                                                          | found an insert into the default graph
            insert data    | INSERT DATA { GRAPH graph:inferred { ex:a ex:b ex:c } }              | a rule may only be INSERT
            clear          | CLEAR ALL                                                                                        | a rule may only be INSERT
            load           | LOAD <http://example.org/x.ttl>                                                                  | a rule may only be INSERT
            using          | INSERT { GRAPH graph:inferred { ?s ex:p ?o } } USING <http://example.org/g> WHERE { ?s ex:q ?o } | USING and WITH are not allowed
            """)
    void refusesARuleThatDoesMoreThanAddInferences(String what, String update, String expected) {
        String message = refusal("15-bad.ru", HEADER + PREFIX + update);
        assertTrue(message.matches("ontology/rules/15-bad\\.ru:5:[1-9][0-9]*: .*"), message);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void refusesAMissingHeaderField() {
        String message = refusal("15-bad.ru", "# Title: Test rule\n# Derives: x\n" + PREFIX + GOOD);
        assertEquals("ontology/rules/15-bad.ru:1:1: expected a '# Sound because:' line in the header", message);
    }

    @Test
    void refusesAnUnknownJoinStrategy() {
        String message = refusal("15-bad.ru", HEADER + "# Join: merge\n" + PREFIX + GOOD);
        assertEquals("ontology/rules/15-bad.ru:4:1: expected '# Join: index' or '# Join: hash', found '# Join: merge'",
                message);
    }

    @Test
    void suppliesTheProjectPrefixesFromIris() throws IOException {
        RuleFile rule = read("15-cites.ru", HEADER + PREFIX + """
                INSERT { GRAPH graph:inferred { ?s skg:rule rule:cites ; ex:p event-type:close-airspace } }
                WHERE { ?s ex:q ?o BIND(IRI(CONCAT(STR(statement:), "x")) AS ?t) }""");
        assertEquals(org.sahelkg.iri.Iris.ID + "rule/", RuleFile.PREFIXES.get("rule"));
        assertEquals(org.sahelkg.iri.Iris.GRAPH_INFERRED, RuleFile.PREFIXES.get("graph") + "inferred");
        assertFalse(RuleFile.PREFIXES.containsKey("org"), "org: stays the W3C vocabulary rules declare");
        var insert = ((org.apache.jena.sparql.modify.request.UpdateModify) rule.update().getOperations().get(0))
                .getInsertQuads();
        assertEquals(org.sahelkg.iri.Iris.GRAPH_INFERRED, insert.get(0).getGraph().getURI());
        assertEquals("https://w3id.org/sahel-kg/id/event-type/close-airspace", insert.get(1).getObject().getURI());
        assertEquals("https://w3id.org/sahel-kg/id/rule/cites", rule.iri());
    }

    @Test
    void refusesARuleCitingAnotherRulesIri() {
        String message = refusal("15-mine.ru", HEADER + PREFIX
                + "INSERT { GRAPH graph:inferred {\n  ?d skg:rule rule:reciprocity } }\nWHERE { ?d ex:q ?o }");
        assertEquals("ontology/rules/15-mine.ru:6:15: expected skg:rule rule:mine (this file's rule), found "
                + "rule:reciprocity", message);
    }

    @Test
    void refusesTheBaseIriWrittenOut() {
        String message = refusal("15-bad.ru", HEADER + PREFIX
                + "INSERT { GRAPH graph:inferred { ?s ex:p ?o } }\nWHERE { ?s ex:q <https://w3id.org/sahel-kg/id/country/mali> }");
        assertEquals("ontology/rules/15-bad.ru:6:17: expected the prefixes every rule may use without declaring them "
                + "(skg:, graph:, id:, rule:, statement:, derivation:, …), found the base IRI https://w3id.org/sahel-kg/ "
                + "written out", message);
    }

    @Test
    void refusesAFileNameWithoutOrder() {
        String message = refusal("reciprocity.ru", HEADER + PREFIX + GOOD);
        assertTrue(message.startsWith("ontology/rules/reciprocity.ru: expected a file name such as"), message);
    }

    @Test
    void namesTheLineOfASyntaxError() {
        String message = refusal("15-bad.ru", HEADER + PREFIX + "INSERT { GRAPH <x> { ?s ?p } } WHERE {}");
        assertTrue(message.startsWith("ontology/rules/15-bad.ru:5:"), message);
        assertTrue(message.contains("SPARQL syntax error"), message);
    }
}
