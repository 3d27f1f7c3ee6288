package org.sahelkg.cmd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sahelkg.load.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code locate}: the curators' helper that turns a quote into an evidence entry, so that offsets are
 * never counted by hand. Offsets are Unicode code points from 0 over the raw text.
 */
@Command(name = "locate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Find a quote in a source text and print its evidence entries.",
                "One line per occurrence: {\"source\": \"source/003\", \"quote\": \"…\", \"at\": 1234}",
                "where at is the offset in Unicode code points from the start of the text. The text is the "
                        + "file named by the seeds/*.json record whose id is SOURCE, in the texts directory.",
                "Exits 1 if the quote is not found verbatim."})
final class LocateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParentCommand
    Main main;

    @Mixin
    ProjectOptions projectOptions;

    @Parameters(index = "0", paramLabel = "SOURCE", description = "The source's id, such as source/003.")
    String source;

    @Parameters(index = "1", paramLabel = "QUOTE", description = "The exact words to find.")
    String quote;

    @Override
    public Integer call() throws IOException {
        Project project = projectOptions.project();
        String id = source.contains("/") ? source : "source/" + source;
        if (quote.isEmpty()) {
            throw new ParameterException(main.spec.commandLine(), "QUOTE is empty");
        }
        Path text = textOf(project, id);
        String content = Files.readString(text, StandardCharsets.UTF_8);
        List<Integer> offsets = new ArrayList<>();
        for (int i = content.indexOf(quote); i >= 0; i = content.indexOf(quote, i + 1)) {
            offsets.add(content.codePointCount(0, i));
        }
        if (offsets.isEmpty()) {
            hintWhitespace(content, text);
            throw new Main.ProblemException("quote not found verbatim in " + text.getFileName() + " (" + id + ")");
        }
        for (int at : offsets) {
            main.out.println("{\"source\": " + JSON.writeValueAsString(id) + ", \"quote\": "
                    + JSON.writeValueAsString(quote) + ", \"at\": " + at + "}");
        }
        if (offsets.size() > 1) {
            main.err.println("sahel-kg: the quote occurs " + offsets.size()
                    + " times; keep the entry for the occurrence you mean");
        }
        if (!quote.equals(quote.strip())) {
            main.err.println("sahel-kg: warning: the quote has leading or trailing whitespace, which evidence "
                    + "quotes may not have");
        }
        return Main.OK;
    }

    /** The text file of the seeds record whose id is {@code id}. */
    private Path textOf(Project project, String id) throws IOException {
        Path seeds = project.seeds();
        if (!Files.isDirectory(seeds)) {
            throw new Main.ProblemException("no seeds/ directory in " + project.home());
        }
        List<Path> records;
        try (Stream<Path> files = Files.list(seeds)) {
            records = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path record : records) {
            JsonNode node;
            try {
                node = JSON.readTree(record.toFile());
            } catch (JsonProcessingException e) {
                main.err.println("sahel-kg: skipping " + project.relative(record) + ": not valid JSON");
                continue;
            }
            if (node != null && id.equals(node.path("id").asText(null))) {
                String file = node.path("file").asText(null);
                if (file == null || file.isBlank()) {
                    throw new Main.ProblemException(project.relative(record) + ": /file: expected the text's "
                            + "file name");
                }
                Path texts = project.texts();
                Path text = texts.resolve(file).normalize();
                if (!text.startsWith(texts) || !text.getParent().equals(texts)) {
                    throw new Main.ProblemException(project.relative(record) + ": /file: expected a plain file "
                            + "name, found \"" + file + "\"");
                }
                if (!Files.isRegularFile(text)) {
                    throw new Main.ProblemException("the text " + file + " of " + id + " is not in " + texts
                            + " (see --texts)");
                }
                return text;
            }
        }
        throw new Main.ProblemException("no record with id " + id + " in seeds/*.json");
    }

    /** When the quote differs only by whitespace, says where and what the text really has. */
    private void hintWhitespace(String content, Path text) {
        String[] words = quote.strip().split("\\s+");
        if (words.length < 2) {
            return;
        }
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (regex.length() > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(content);
        if (m.find()) {
            try {
                main.err.println("sahel-kg: " + text.getFileName() + " has it with different whitespace at "
                        + content.codePointCount(0, m.start()) + ": " + JSON.writeValueAsString(m.group()));
            } catch (JsonProcessingException e) {
                // Nothing to hint.
            }
        }
    }
}
