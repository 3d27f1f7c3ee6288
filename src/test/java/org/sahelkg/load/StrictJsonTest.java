package org.sahelkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sahelkg.load.json.JsonFile;
import org.sahelkg.load.json.StrictJson;
import org.sahelkg.model.EvidenceRecord;
import org.sahelkg.model.EventRecord;

/** No scalar is coerced into another: each mismatch is one problem in plain words, and reading goes on. */
class StrictJsonTest {
    /** An event with one evidence entry; {@code %s} are the entry's offset and more fields of the event. */
    private static final String EVENT = "{\"events\": [{\"id\": \"event/x\", \"types\": [\"event-type/x\"], "
            + "\"label\": {\"en\": \"X\"}, \"evidence\": [{\"source\": \"source/000\", \"quote\": \"q\", "
            + "\"at\": %s}]%s}]}";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            string for a whole number  | "5"         |                                          | /events/0/evidence/0/at: expected a whole number, found a string
            decimal for a whole number | 1.5         |                                          | /events/0/evidence/0/at: expected a whole number, found 1.5
            empty for a whole number   | ""          |                                          | /events/0/evidence/0/at: expected a whole number, found a string
            huge whole number          | 99999999999 |                                          | /events/0/evidence/0/at: expected a whole number from -2147483648 to 2147483647, found 99999999999
            number for a string        | 5           | , "note": 5                              | /events/0/note: expected a string, found 5
            boolean for a string       | 5           | , "note": true                           | /events/0/note: expected a string, found true
            array for a string         | 5           | , "partOf": ["event/y"]                  | /events/0/partOf: expected a string, found an array
            string for a number        | 5           | , "participants": {"value": "5", "unit": "person"} | /events/0/participants/value: expected a number, found a string
            single value for an array  | 5           | , "places": "place/x"                    | /events/0/places: expected an array of strings, found a string
            object for an array        | 5           | , "near": {}                             | /events/0/near: expected an array of strings, found an object
            """)
    void scalarsAreNeverCoerced(String name, String at, String extra, String expected) throws IOException {
        Path file = tmp.resolve("data.json");
        Files.writeString(file, String.format(EVENT, at, extra == null ? "" : extra));
        List<String> problems = read(file);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(expected, problems.get(0).replaceFirst("^data/x.json:\\d+:\\d+: ", ""));
    }

    @Test
    void trueForABooleanIsAcceptedAndTheStringTrueIsNot() throws IOException {
        Path file = tmp.resolve("alias.json");
        Files.writeString(file, "{\"people\": [\n"
                + "{\"id\": \"person/a\", \"label\": {\"en\": \"A\"}, \"aliases\": [{\"text\": \"A\", \"lang\": \"en\", \"ambiguous\": true}]},\n"
                + "{\"id\": \"person/b\", \"label\": {\"en\": \"B\"}, \"aliases\": [{\"text\": \"B\", \"lang\": \"en\", \"ambiguous\": \"true\"}]},\n"
                + "{\"id\": \"person/c\", \"label\": {\"en\": \"C\"}, \"aliases\": [{\"text\": \"C\", \"lang\": \"en\", \"ambiguous\": 1}]}\n"
                + "]}");
        List<Problem> problems = new ArrayList<>();
        JsonFile json = new StrictJson().readData(file, "data/x.json", problems);
        assertEquals(1, json.records().size());
        assertEquals(List.of(
                "data/x.json:3:95: /people/1/aliases/0/ambiguous: expected true or false, found a string",
                "data/x.json:4:95: /people/2/aliases/0/ambiguous: expected true or false, found 1"),
                problems.stream().map(Problem::toString).collect(Collectors.toList()));
    }

    @Test
    void bigDecimalsKeepTheirWrittenPrecision() throws IOException {
        Path file = tmp.resolve("q.json");
        Files.writeString(file, String.format(EVENT, "5", ", \"participants\": {\"value\": 9.50, \"unit\": \"person\"}"));
        List<Problem> problems = new ArrayList<>();
        JsonFile json = new StrictJson().readData(file, "data/x.json", problems);
        assertEquals(List.of(), problems);
        EventRecord event = (EventRecord) json.records().get(0).value();
        assertEquals("9.50", event.participants().value().toPlainString());
        EvidenceRecord evidence = event.evidence().get(0);
        assertEquals(5, evidence.at());
    }

    private static List<String> read(Path file) {
        List<Problem> problems = new ArrayList<>();
        new StrictJson().readData(file, "data/x.json", problems);
        return problems.stream().map(Problem::toString).collect(Collectors.toList());
    }
}
