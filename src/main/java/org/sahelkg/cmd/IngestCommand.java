package org.sahelkg.cmd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sahelkg.ingest.Article;
import org.sahelkg.ingest.Drafter;
import org.sahelkg.ingest.Evaluation;
import org.sahelkg.ingest.ReviewPage;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ingest}: drafts the facts of a new article, for a curator to review. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Read a new article (UTF-8 plain text or HTML) and draft what the graph could take from it, "
                + "for a curator: its source record (SHA-256, length, language, date, title, page furniture "
                + "proposed as out of scope), the mentions of every entity the graph knows (in every language, "
                + "folded, tolerant of spelling variants), the names it does not know, time expressions resolved "
                + "to EDTF, figures with their units and comparators, and candidate claims (reported speech) and "
                + "events (the event types' cues), each with its quote, offsets and a confidence. A candidate that "
                + "matches an event of the graph is proposed as new evidence for it.",
                "Writes DIR/draft.json, DIR/review.html and DIR/<file>.txt (the text, to be put beside the other "
                        + "source texts, never in the project). Nothing is added to the graph."})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions projectOptions;

    @Parameters(paramLabel = "ARTICLE", arity = "0..1", description = "The article: a .txt or .html file in UTF-8.")
    Path article;

    @Option(names = "--evaluate", description = "Instead of an article: leave each source out in turn, ingest its "
            + "text with what the others give the graph, and print how much of what the curators took from it the "
            + "draft recalls, and how precise its candidates are (a Markdown table).")
    boolean evaluate;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date, when the text shows "
            + "none; relative dates (\"on Sunday\", \"last week\") are resolved against it.")
    String date;

    @Option(names = "--lang", paramLabel = "en|fr", description = "The article's language (default: detected).")
    String lang;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the draft (default: "
            + "ingest-<first 8 hex of the text's SHA-256> in the current directory).")
    Path out;

    @Option(names = "--source-id", paramLabel = "ID", description = "The new source's id (default: the next free "
            + "source/NNN of the project's seeds).")
    String sourceId;

    @Override
    public Integer call() throws IOException {
        LocalDate day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--date expects YYYY-MM-DD, found " + date);
            }
        }
        if (lang != null && !lang.equals("en") && !lang.equals("fr")) {
            throw new ParameterException(spec.commandLine(), "--lang expects en or fr, found " + lang);
        }
        if (evaluate) {
            Project project = projectOptions.project();
            DatasetGraph graph = GraphBuilder.build(project);
            spec.commandLine().getOut().printf("%s", Evaluation.table(Evaluation.run(graph.getUnionGraph(),
                    project.seeds(), project.texts())));
            return 0;
        }
        if (article == null) {
            throw new ParameterException(spec.commandLine(), "expected an ARTICLE, or --evaluate");
        }
        if (!Files.isRegularFile(article)) {
            throw new ParameterException(spec.commandLine(), "expected the article's file, found no file at "
                    + article);
        }
        Project project = projectOptions.project();
        Article read = Article.read(article);
        String id = sourceId != null ? sourceId : Drafter.nextSourceId(project.seeds());
        DatasetGraph graph = GraphBuilder.build(new Project(project.home(), project.texts(),
                Project.TextCheck.SKIPPED));
        Drafter drafter = new Drafter(graph.getUnionGraph());
        ObjectNode draft = drafter.draft(read, new Drafter.Options(id, day, lang));
        Path dir = out != null ? out : Path.of("ingest-" + draft.get("source").get("sha256").asText().substring(0, 8));
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve("draft.json"), json.writeValueAsString(draft) + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(draft.get("source").get("file").asText()), read.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("review.html"), ReviewPage.render(read.text(), draft), StandardCharsets.UTF_8);
        var o = spec.commandLine().getOut();
        o.printf("%s: %s, %s, %d characters%n", id, draft.get("source").get("language").asText(),
                draft.get("source").get("issued").asText(), draft.get("source").get("characters").asInt());
        o.printf("  %d mentions, %d new names, %d time expressions, %d figures, %d candidates%n",
                draft.get("mentions").size(), draft.get("newEntities").size(), draft.get("times").size(),
                draft.get("quantities").size(), draft.get("candidates").size());
        o.printf("  wrote %s, %s and the text%n", dir.resolve("draft.json"), dir.resolve("review.html"));
        return 0;
    }
}
