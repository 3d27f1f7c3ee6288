package org.sahelkg.reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.sahelkg.iri.Iris;

/**
 * One rule: a {@code ontology/rules/NN-name.ru} file, a SPARQL update whose header says what it derives and why
 * that is sound. A rule may only add to the inferred graph: a file that deletes, loads, clears, or inserts into
 * any other graph is refused before anything runs, so no rule can write into the asserted data.
 *
 * @param name      the file name without its order prefix and extension ({@code reciprocity})
 * @param file      the path relative to the project ({@code ontology/rules/40-reciprocity.ru})
 * @param title     the {@code # Title:} line
 * @param derives   the {@code # Derives:} paragraph
 * @param soundness the {@code # Sound because:} paragraph
 * @param repeat    true when the header says {@code # Repeat: until no change}
 * @param hashJoin  true when the header says {@code # Join: hash}: the rule joins large independent subqueries,
 *                  which ARQ's default index-join substitution would evaluate once per row (quadratic in the
 *                  events); without the line, the default strategy, best for rules that walk links
 * @param update    the parsed update
 */
record RuleFile(String name, String file, String title, String derives, String soundness, boolean repeat,
                       boolean hashJoin, UpdateRequest update) {
    private static final Pattern FIELD =
            Pattern.compile("^#\\s*(Title|Derives|Sound because|Repeat|Join)\\s*:\\s*(.*)$");
    private static final Pattern ORDERED = Pattern.compile("^(\\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\\.ru$");
    private static final Node INFERRED = NodeFactory.createURI(Iris.GRAPH_INFERRED);

    /** The rule's IRI, {@code …/id/rule/<name>}, which its derivations cite. */
    public String iri() {
        return Iris.of("rule/" + name);
    }

    /** The rule files of a directory, in the order of their number prefix. */
    public static List<RuleFile> readAll(Path dir, String relativeDir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<RuleFile> rules = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".ru")).sorted().toList()) {
                rules.add(read(file, relativeDir + "/" + file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** Reads and checks one rule file. */
    public static RuleFile read(Path file, String relative) {
        Matcher ordered = ORDERED.matcher(file.getFileName().toString());
        if (!ordered.matches()) {
            throw new RuleException(relative + ": expected a file name such as 40-reciprocity.ru (a number, a hyphen, "
                    + "lower-case words joined by hyphens)");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, StringBuilder> header = header(text);
        for (String field : List.of("Title", "Derives", "Sound because")) {
            if (!header.containsKey(field)) {
                throw new RuleException(relative + ": expected a '# " + field + ":' line in the header");
            }
        }
        UpdateRequest update;
        try {
            update = UpdateFactory.create(text);
        } catch (QueryParseException e) {
            throw new RuleException(relative + ":" + e.getLine() + ":" + e.getColumn() + ": SPARQL syntax error: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        checkOnlyAddsInferences(update, relative);
        String repeat = header.containsKey("Repeat") ? header.get("Repeat").toString().strip() : "no";
        String join = header.containsKey("Join") ? header.get("Join").toString().strip() : "index";
        if (!join.equals("index") && !join.equals("hash")) {
            throw new RuleException(relative + ": expected '# Join: index' or '# Join: hash', found '# Join: "
                    + join + "'");
        }
        return new RuleFile(ordered.group(2), relative, header.get("Title").toString().strip(),
                header.get("Derives").toString().strip(), header.get("Sound because").toString().strip(),
                repeat.startsWith("until"), join.equals("hash"), update);
    }

    /** The header comment: {@code # Field: text}, continued by following comment lines. */
    private static Map<String, StringBuilder> header(String text) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        StringBuilder current = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                current = new StringBuilder(m.group(2).strip());
                fields.put(m.group(1), current);
            } else if (current != null) {
                String more = line.substring(1).strip();
                if (!more.isEmpty()) {
                    current.append(current.length() > 0 ? " " : "").append(more);
                }
            }
        }
        return fields;
    }

    private static void checkOnlyAddsInferences(UpdateRequest update, String relative) {
        for (Update op : update.getOperations()) {
            if (!(op instanceof UpdateModify modify)) {
                throw new RuleException(relative + ": a rule may only be INSERT { GRAPH <" + Iris.GRAPH_INFERRED
                        + "> { … } } WHERE { … }, found " + op.getClass().getSimpleName());
            }
            if (modify.hasDeleteClause() || !modify.hasInsertClause()) {
                throw new RuleException(relative + ": a rule may only add triples; found a DELETE clause");
            }
            if (!modify.getUsing().isEmpty() || !modify.getUsingNamed().isEmpty() || modify.getWithIRI() != null) {
                throw new RuleException(relative + ": a rule reads the union of the graphs; USING and WITH are not allowed");
            }
            for (Quad quad : modify.getInsertQuads()) {
                if (!INFERRED.equals(quad.getGraph())) {
                    throw new RuleException(relative + ": a rule may only insert into GRAPH <" + Iris.GRAPH_INFERRED
                            + ">, found an insert into " + (quad.isDefaultGraph() ? "the default graph" : quad.getGraph()));
                }
            }
        }
    }
}
