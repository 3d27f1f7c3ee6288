package org.sahelkg.reason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.sahelkg.SparqlErrors;
import org.sahelkg.iri.Graphs;
import org.sahelkg.iri.Iris;
import org.sahelkg.sparql.SafeSparql;
import org.sahelkg.vocab.SKG;

/**
 * One rule: a {@code ontology/rules/NN-name.ru} file, a SPARQL update whose header says what it derives and why
 * that is sound. A rule may only add to the inferred graph: a file that deletes, loads, clears, or inserts into
 * any other graph is refused before anything runs, so no rule can write into the asserted data.
 *
 * <p>The project's IRIs are never written out in a rule: every rule may use the {@link #PREFIXES} without declaring
 * them ({@code GRAPH graph:inferred}, {@code skg:rule rule:reciprocity}, {@code CONCAT(STR(statement:), …)}), which
 * come from {@link Iris}, the one place IRIs are minted. A file that writes the base IRI out, or cites a rule IRI
 * other than its own, is refused with the line and column.
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
    private static final Node INFERRED = Graphs.INFERRED;
    /** Kinds of id whose name is already a well-known prefix, which rules declare themselves ({@code org:}). */
    private static final Set<String> DECLARED_BY_RULES = Set.of("org");
    /**
     * The prefixes every rule may use without declaring them: {@code skg:} (the ontology), {@code graph:} (the
     * named graphs), {@code id:} (every instance) and one per kind of id ({@code rule:}, {@code statement:},
     * {@code event-type:} …) but {@code org}, which stays the W3C Organization Ontology. A rule's own
     * {@code PREFIX} lines come after them.
     */
    public static final Map<String, String> PREFIXES = prefixes();
    private static final Pattern OPERATION = Pattern.compile(
            "(?i)\\b(INSERT\\s+DATA|DELETE\\s+DATA|DELETE\\s+WHERE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\\b");

    /** The rule's IRI, {@code …/id/rule/<name>}, which its derivations cite. */
    public String iri() {
        return Iris.of("rule/" + name);
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new TreeMap<>();
        prefixes.put("skg", Iris.ONTOLOGY);
        prefixes.put("graph", Iris.GRAPH);
        prefixes.put("id", Iris.ID);
        Iris.KINDS.stream().filter(k -> !DECLARED_BY_RULES.contains(k)).forEach(k -> prefixes.put(k, Iris.namespaceOf(k)));
        return Collections.unmodifiableMap(prefixes);
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
                throw new RuleException(relative + ":1:1: expected a '# " + field + ":' line in the header");
            }
        }
        UpdateRequest update = new UpdateRequest();
        PREFIXES.forEach(update::setPrefix);
        try {
            UpdateFactory.parse(update, text);
        } catch (QueryParseException e) {
            throw new RuleException(SparqlErrors.message(relative, e), e);
        }
        Where where = new Where(text, relative);
        checkOnlyAddsInferences(update, where);
        checkNoBaseWrittenOut(where);
        checkCallsNoService(update, where);
        checkCitesItself(update, Iris.of("rule/" + ordered.group(2)), where);
        String repeat = header.containsKey("Repeat") ? header.get("Repeat").toString().strip() : "no";
        String join = header.containsKey("Join") ? header.get("Join").toString().strip() : "index";
        if (!join.equals("index") && !join.equals("hash")) {
            throw new RuleException(relative + ":" + Where.header(text, "Join") + ": expected '# Join: index' or "
                    + "'# Join: hash', found '# Join: " + join + "'");
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

    private static void checkOnlyAddsInferences(UpdateRequest update, Where where) {
        for (Update op : update.getOperations()) {
            if (!(op instanceof UpdateModify modify)) {
                throw where.refuse(OPERATION, "a rule may only be INSERT { GRAPH graph:inferred { … } } "
                        + "WHERE { … }, found " + op.getClass().getSimpleName());
            }
            if (modify.hasDeleteClause() || !modify.hasInsertClause()) {
                throw where.refuse(Pattern.compile("(?i)\\bDELETE\\b"), "a rule may only add triples; found a DELETE clause");
            }
            if (!modify.getUsing().isEmpty() || !modify.getUsingNamed().isEmpty() || modify.getWithIRI() != null) {
                throw where.refuse(Pattern.compile("(?i)\\b(USING|WITH)\\b"),
                        "a rule reads the union of the graphs; USING and WITH are not allowed");
            }
            for (Quad quad : modify.getInsertQuads()) {
                if (!INFERRED.equals(quad.getGraph())) {
                    Pattern token = quad.isDefaultGraph() ? Pattern.compile("(?i)\\bINSERT\\b")
                            : Pattern.compile("(?i)\\bGRAPH\\s+" + written(quad.getGraph(), update));
                    throw where.refuse(token, "a rule may only insert into GRAPH graph:inferred (" + Iris.GRAPH_INFERRED
                            + "), found an insert into " + (quad.isDefaultGraph() ? "the default graph" : quad.getGraph()));
                }
            }
        }
    }

    /**
     * A rule reads the project's graphs: a {@code SERVICE} would make {@code load} and {@code validate} connect to
     * another server (and run there whatever it answers), so it is refused before any rule runs.
     */
    private static void checkCallsNoService(UpdateRequest update, Where where) {
        for (Update op : update.getOperations()) {
            if (SafeSparql.callsOut(((UpdateModify) op).getWherePattern())) {
                throw where.refuse(SafeSparql.SERVICE, "a rule reads the project's graphs only; expected no SERVICE, "
                        + "found a call to another endpoint");
            }
        }
    }

    /** The project's IRIs come from {@link #PREFIXES}: written out by hand, they drift from {@link Iris}. */
    private static void checkNoBaseWrittenOut(Where where) {
        Pattern base = Pattern.compile("[<\"']?" + Pattern.quote(Iris.BASE));
        if (where.find(base) != null) {
            throw where.refuse(base, "expected the prefixes every rule may use without declaring them (skg:, graph:, "
                    + "id:, rule:, statement:, derivation:, …), found the base IRI %s written out".formatted(Iris.BASE));
        }
    }

    /** A derivation cites the rule that made it: a rule naming another rule's IRI would misattribute it. */
    private static void checkCitesItself(UpdateRequest update, String own, Where where) {
        for (Update op : update.getOperations()) {
            for (Quad quad : ((UpdateModify) op).getInsertQuads()) {
                Node cited = quad.getObject();
                if (SKG.RULE.equals(quad.getPredicate()) && cited.isURI() && !cited.getURI().equals(own)) {
                    throw where.refuse(Pattern.compile(written(cited, update)), "expected skg:rule rule:"
                            + own.substring(own.lastIndexOf('/') + 1) + " (this file's rule), found "
                            + prefixed(cited.getURI(), update));
                }
            }
        }
    }

    /** A pattern matching {@code node} as a rule may write it: {@code <iri>} or a prefixed name. */
    private static String written(Node node, UpdateRequest update) {
        String iri = node.getURI();
        String prefixed = prefixed(iri, update);
        return "(?:" + Pattern.quote("<" + iri + ">")
                + (prefixed.equals(iri) ? "" : "|" + Pattern.quote(prefixed) + "(?![\\w-])") + ")";
    }

    /** {@code iri} as the longest prefix in scope writes it ({@code rule:reciprocity}), else the IRI itself. */
    private static String prefixed(String iri, UpdateRequest update) {
        String best = iri;
        int longest = -1;
        for (Map.Entry<String, String> p : update.getPrefixMapping().getNsPrefixMap().entrySet()) {
            String local = iri.startsWith(p.getValue()) ? iri.substring(p.getValue().length()) : null;
            if (local != null && local.matches("[A-Za-z0-9_-]*") && p.getValue().length() > longest) {
                best = p.getKey() + ":" + local;
                longest = p.getValue().length();
            }
        }
        return best;
    }

    /**
     * Where in a rule's text a problem is: the first line and column, outside comment lines, of the token that
     * causes it. Jena's update syntax tree has no positions, so the text is searched.
     */
    private record Where(String text, String file) {
        /** {@code line:column} of the first match of {@code token}, or null. */
        String find(Pattern token) {
            return SparqlErrors.position(text, token);
        }

        /** {@code line:column} of the header line {@code # field:}. */
        static String header(String text, String field) {
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FIELD.matcher(lines.get(i));
                if (m.matches() && m.group(1).equals(field)) {
                    return (i + 1) + ":1";
                }
            }
            return "1:1";
        }

        RuleException refuse(Pattern token, String message) {
            String at = find(token);
            return new RuleException(file + ":" + (at == null ? "1:1" : at) + ": " + message);
        }
    }
}
