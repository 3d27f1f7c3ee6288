package org.sahelkg.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;
import org.sahelkg.SparqlErrors;
import org.sahelkg.iri.Iris;

/**
 * The questions users can ask: every {@code queries/*.rq} file with its header comment, shared by the
 * command line and the query editor page, so that a query means the same thing in both.
 *
 * <p>Header format, at the top of each file:
 * <pre>
 * # Title: Members of the AES and their leaders in April 2025
 * # Question: Who are the members of the AES, and who led each state in April 2025?
 * # Param ?name: the name to look for (default "Tinzawatène")
 * # Returns: one row per member state …
 * </pre>
 * A comment line without a key continues the previous field.
 *
 * <p>A parameterised query ends with a top-level {@code VALUES ?name { "default" }} block, whose row
 * {@link #bind} replaces. SPARQL joins that block with the result of {@code WHERE}, so a {@code FILTER} or
 * {@code BIND} inside {@code WHERE} does not see the parameter: it only selects by joining (the variable
 * must be bound by a triple pattern or a {@code BIND} inside {@code WHERE}). A query that needs its
 * parameter in a {@code FILTER} or {@code BIND} puts the {@code VALUES} block first inside {@code WHERE}
 * instead; {@link #bind} replaces that one when there is no top-level block. Both forms mean the same on
 * the endpoint as on the command line.
 */
public final class Catalog {
    private static final Pattern FIELD = Pattern.compile("(?i)(Title|Question|Returns)\\s*:\\s*(.*)");
    private static final Pattern PARAM = Pattern.compile("(?i)Param\\s+\\??([A-Za-z_][A-Za-z0-9_]*)\\s*:\\s*(.*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*)*");
    private static final String EXTENSION = ".rq";
    private static final List<String> REQUIRED = List.of("Title", "Question", "Returns");

    private final List<CatalogQuery> queries;

    private Catalog(List<CatalogQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries directly in {@code dir} (not its sub-directories such as {@code checks/}), by name. */
    public static Catalog load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new Catalog(List.of());
        }
        List<CatalogQuery> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Catalog::isQueryFile).sorted().toList()) {
                found.add(read(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CatalogException("Cannot list the queries in " + dir + ": " + e.getMessage(), e);
        }
        found.sort(Comparator.comparing(CatalogQuery::name));
        return new Catalog(found);
    }

    private static boolean isQueryFile(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().endsWith(EXTENSION);
    }

    public List<CatalogQuery> queries() {
        return queries;
    }

    public Optional<CatalogQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /**
     * The file a user means: {@code <queriesDir>/<nameOrFile>.rq} when {@code nameOrFile} is a query
     * name ({@code members}, {@code checks/x-violation}), else {@code nameOrFile} as a path.
     */
    public static Path resolve(Path queriesDir, String nameOrFile) {
        if (NAME.matcher(nameOrFile).matches() && !nameOrFile.endsWith(EXTENSION)) {
            Path named = queriesDir.resolve(nameOrFile + EXTENSION);
            if (Files.isRegularFile(named)) {
                return named;
            }
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            return file;
        }
        throw new CatalogException("No query " + nameOrFile + ": neither a file nor a query name ("
                + queriesDir.resolve(nameOrFile + EXTENSION) + " does not exist)");
    }

    /**
     * Reads one catalog query file; its name is the file name without {@code .rq}. It must parse and its header
     * must have a {@code # Title:}, a {@code # Question:} and a {@code # Returns:} line: the catalog shows them.
     */
    public static CatalogQuery read(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(EXTENSION)
                ? fileName.substring(0, fileName.length() - EXTENSION.length()) : fileName;
        String relative = file.getParent() == null ? fileName : file.getParent().getFileName() + "/" + fileName;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CatalogException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        parseQuery(text, relative);
        CatalogQuery query = parse(name, text);
        for (String field : REQUIRED) {
            if (!hasField(text, field)) {
                throw new CatalogException(relative + ":1:1: expected a '# " + field + ":' line in the header comment");
            }
        }
        return query;
    }

    private static boolean hasField(String text, String field) {
        return Pattern.compile("(?im)^#+\\s*" + field + "\\s*:").matcher(text).find();
    }

    /** Parses the header comment of a query text; the SPARQL itself is parsed only for defaults. */
    public static CatalogQuery parse(String name, String text) {
        Map<String, StringBuilder> fields = new LinkedHashMap<>();
        Map<String, StringBuilder> params = new LinkedHashMap<>();
        StringBuilder last = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (fields.isEmpty() && params.isEmpty()) {
                    continue;
                }
                break;
            }
            if (!line.startsWith("#")) {
                break;
            }
            String comment = line.replaceFirst("^#+", "").strip();
            Matcher field = FIELD.matcher(comment);
            Matcher param = PARAM.matcher(comment);
            if (field.matches()) {
                last = fields.computeIfAbsent(field.group(1).toLowerCase(Locale.ROOT), k -> new StringBuilder());
                append(last, field.group(2));
            } else if (param.matches()) {
                last = params.computeIfAbsent(param.group(1), k -> new StringBuilder());
                append(last, param.group(2));
            } else if (comment.isEmpty()) {
                last = null;
            } else if (last != null) {
                append(last, comment);
            }
        }
        Map<String, String> defaults = defaults(text);
        List<QueryParameter> parameters = new ArrayList<>();
        params.forEach((var, description) ->
                parameters.add(new QueryParameter(var, description.toString(), defaults.get(var))));
        String title = fields.containsKey("title") ? fields.get("title").toString() : name;
        return new CatalogQuery(name, title, value(fields, "question"), parameters, value(fields, "returns"),
                text);
    }

    private static void append(StringBuilder sb, String text) {
        if (!text.isEmpty()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(text);
        }
    }

    private static String value(Map<String, StringBuilder> fields, String key) {
        StringBuilder sb = fields.get(key);
        return sb == null ? "" : sb.toString();
    }

    /** The first row of the parameters' {@code VALUES} block, or nothing if the text does not parse. */
    private static Map<String, String> defaults(String text) {
        Map<String, String> defaults = new LinkedHashMap<>();
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return defaults;
        }
        ValuesBlock block = ValuesBlock.of(query);
        if (block != null && !block.rows().isEmpty()) {
            Binding row = block.rows().get(0);
            for (Var var : block.vars()) {
                Node node = row.get(var);
                if (node != null) {
                    defaults.put(var.getVarName(), node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
                }
            }
        }
        return defaults;
    }

    /** Where a query's parameters are: its top-level {@code VALUES} block, else one first in {@code WHERE}. */
    private record ValuesBlock(List<Var> vars, List<Binding> rows, boolean topLevel) {
        static ValuesBlock of(Query query) {
            if (query.hasValues()) {
                return new ValuesBlock(query.getValuesVariables(), query.getValuesData(), true);
            }
            if (query.getQueryPattern() instanceof ElementGroup group && !group.getElements().isEmpty()
                    && group.get(0) instanceof ElementData data) {
                return new ValuesBlock(data.getVars(), data.getRows(), false);
            }
            return null;
        }

        /** Puts {@code row} in place of this block's rows, in {@code query} (a copy). */
        void replace(Query query, Binding row) {
            if (topLevel) {
                query.setValuesDataBlock(vars, List.of(row));
                return;
            }
            ElementData data = new ElementData(new ArrayList<>(vars), new ArrayList<>(List.of(row)));
            ElementGroup group = new ElementGroup();
            group.addElement(data);
            List<Element> rest = ((ElementGroup) query.getQueryPattern()).getElements();
            rest.subList(1, rest.size()).forEach(group::addElement);
            query.setQueryPattern(group);
        }
    }

    /** Parses SPARQL (with Jena's ARQ extensions, as the endpoint does); the message has line and column. */
    public static Query parseQuery(String text, String origin) {
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new CatalogException(SparqlErrors.message(origin, e), e);
        }
    }

    /**
     * A copy of {@code query} whose parameters' {@code VALUES} block (see the class comment) has one row:
     * the given values, and the default for each parameter not given. A value takes the kind of its default: an IRI (written
     * {@code <…>}, as a prefixed name or as an id such as {@code country/mali}), a language-tagged
     * string in the same language, or a literal of the same datatype.
     */
    public static Query bind(Query query, Map<String, String> values) {
        Query bound = query.cloneQuery();
        if (values.isEmpty()) {
            return bound;
        }
        ValuesBlock block = ValuesBlock.of(bound);
        if (block == null) {
            throw new CatalogException("This query takes no parameters: it has no VALUES block at its end "
                    + "or first in WHERE");
        }
        List<Var> vars = block.vars();
        Binding defaults = block.rows().isEmpty() ? Binding.builder().build() : block.rows().get(0);
        for (String name : values.keySet()) {
            if (!vars.contains(Var.alloc(name))) {
                throw new CatalogException("Unknown parameter " + name + "; expected one of: "
                        + vars.stream().map(Var::getVarName).collect(Collectors.joining(", ")));
            }
        }
        BindingBuilder row = Binding.builder();
        for (Var var : vars) {
            Node dflt = defaults.get(var);
            String given = values.get(var.getVarName());
            Node node = given == null ? dflt : toNode(var.getVarName(), given, dflt, bound);
            if (node != null) {
                row.add(var, node);
            }
        }
        block.replace(bound, row.build());
        return bound;
    }

    private static Node toNode(String name, String value, Node dflt, Query query) {
        if (dflt == null) {
            return value.startsWith("<") && value.endsWith(">")
                    ? NodeFactory.createURI(value.substring(1, value.length() - 1))
                    : NodeFactory.createLiteralString(value);
        }
        if (dflt.isURI()) {
            return NodeFactory.createURI(toIri(name, value, query));
        }
        if (dflt.isLiteral()) {
            String lang = dflt.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return NodeFactory.createLiteralLang(value, lang);
            }
            RDFDatatype type = dflt.getLiteralDatatype();
            if (type == null || type.equals(XSDDatatype.XSDstring)) {
                return NodeFactory.createLiteralString(value);
            }
            if (!type.isValid(value)) {
                throw new CatalogException("Parameter " + name + ": expected a value of type " + type.getURI()
                        + " such as " + dflt.getLiteralLexicalForm() + ", found \"" + value + "\"");
            }
            return NodeFactory.createLiteralDT(value, type);
        }
        throw new CatalogException("Parameter " + name + ": its default is neither an IRI nor a literal");
    }

    private static String toIri(String name, String value, Query query) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return value.substring(1, value.length() - 1);
        }
        if (Iris.isId(value)) {
            return Iris.of(value);
        }
        int colon = value.indexOf(':');
        if (colon >= 0) {
            String expanded = query.getPrefixMapping().expandPrefix(value);
            if (!expanded.equals(value) || value.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
                return expanded;
            }
        }
        throw new CatalogException("Parameter " + name + ": expected an IRI (<…>), an id such as country/mali"
                + " or a prefixed name, found \"" + value + "\"");
    }

    /**
     * Runs {@code query} against {@code dataset} in a read transaction and prints the result in
     * {@code format} (see {@link ResultFormat}).
     */
    public static void execute(DatasetGraph dataset, Query query, ResultFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    format.write(ResultSet.adapt(exec.select()), query.getPrologue(), out);
                } else if (query.isAskType()) {
                    format.write(exec.ask(), out);
                } else if (query.isConstructType() || query.isDescribeType()) {
                    format.write(query.isConstructType() ? exec.construct() : exec.describe(), out);
                } else {
                    throw unsupported();
                }
            }
        });
    }

    /** The error for a query form {@code query} does not run (JSON queries, an ARQ extension). */
    public static CatalogException unsupported() {
        return new CatalogException("Unsupported query form: only SELECT, ASK, CONSTRUCT and DESCRIBE");
    }
}
