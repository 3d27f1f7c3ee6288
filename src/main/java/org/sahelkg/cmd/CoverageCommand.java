package org.sahelkg.cmd;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sahelkg.load.GraphBuilder;
import org.sahelkg.load.Project;
import org.sahelkg.load.check.Texts;
import org.sahelkg.validate.CoverageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coverage}: which sentences of each source text the graph cites, and which it does not yet. */
@Command(name = "coverage", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Split each source text into sentences and say, for each, whether an evidence quote cites it "
                + "(and so which statements hold it), whether it lies in a span the source record marks as not "
                + "part of the article (\"outOfScope\"), whether the record lists it as carrying no fact "
                + "(\"noFact\"), or whether it is uncited. Prints per source the sentences of the article, cited, "
                + "without a fact and uncited, then each uncited sentence with its offsets.",
                "The texts are read where validate reads them; nothing of them is stored.",
                "Exits 1 with --require N when some source has fewer than N % of the article's sentences that "
                        + "carry a fact cited."})
final class CoverageCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions projectOptions;

    @Option(names = "--json", description = "Print the report as JSON: per source its counts and every sentence "
            + "with its status, its quotes and the statements that cite each quote.")
    boolean json;

    @Option(names = "--require", paramLabel = "N",
            description = "Exit 1 when some source has fewer than N % (0 to 100) of its sentences with a fact cited.")
    Double require;

    @Option(names = "--source", paramLabel = "ID", description = "Report only this source (source/002 or 002); "
            + "repeatable.")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (require != null && (require < 0 || require > 100 || require.isNaN())) {
            throw new ParameterException(spec.commandLine(), "--require expects a percentage from 0 to 100, found "
                    + require);
        }
        Project project = projectOptions.project();
        if (project.textCheck() == Project.TextCheck.SKIPPED) {
            throw new ParameterException(spec.commandLine(), "coverage reads the source texts: it cannot run with "
                    + "--without-texts");
        }
        List<CoverageReport.Source> sources = new ArrayList<>(CoverageReport.of(GraphBuilder.build(project)));
        if (!only.isEmpty()) {
            List<String> wanted = only.stream().map(s -> s.startsWith("source/") ? s : "source/" + s).toList();
            for (String w : wanted) {
                if (sources.stream().noneMatch(s -> s.source().equals(w))) {
                    throw new ParameterException(spec.commandLine(), "--source " + w + ": no source of that id has "
                            + "its text here");
                }
            }
            sources.removeIf(s -> !wanted.contains(s.source()));
        }
        Texts texts = Texts.in(project.texts());
        List<CoverageReport.Source> below = require == null ? List.of()
                : sources.stream().filter(s -> s.percent() < require).toList();
        if (json) {
            main.out.println(json(sources, texts));
        } else {
            table(sources, texts);
        }
        if (!below.isEmpty()) {
            main.err.println("sahel-kg: coverage below the required " + number(require) + " %: " + String.join(", ",
                    below.stream().map(s -> s.source() + " (" + number(s.percent()) + " %)").toList()));
            return Main.PROBLEMS;
        }
        return Main.OK;
    }

    private void table(List<CoverageReport.Source> sources, Texts texts) {
        String format = "%-12s %8s %6s %8s %8s %13s %8s%n";
        main.out.printf(Locale.ROOT, format, "source", "in scope", "cited", "no fact", "uncited", "out of scope",
                "cited %");
        int[] total = new int[5];
        for (CoverageReport.Source s : sources) {
            int[] n = {s.inScope(), s.count(CoverageReport.CITED), s.count(CoverageReport.NO_FACT),
                    s.count(CoverageReport.UNCITED), s.count(CoverageReport.OUT_OF_SCOPE)};
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
            main.out.printf(Locale.ROOT, format, s.source(), n[0], n[1], n[2], n[3], n[4], number(s.percent()));
        }
        int withFacts = total[1] + total[3];
        main.out.printf(Locale.ROOT, format, "all", total[0], total[1], total[2], total[3], total[4],
                number(withFacts == 0 ? 100.0 : 100.0 * total[1] / withFacts));
        for (CoverageReport.Source s : sources) {
            List<CoverageReport.Sentence> uncited = s.sentences().stream()
                    .filter(x -> x.status().equals(CoverageReport.UNCITED)).toList();
            if (uncited.isEmpty()) {
                continue;
            }
            main.out.println();
            main.out.println(s.source() + " (" + s.file() + "): " + uncited.size() + " uncited");
            String text = texts.content(s.file());
            for (CoverageReport.Sentence x : uncited) {
                main.out.println("  " + x.start() + "-" + x.end() + "  " + excerpt(text, x, 110));
            }
        }
    }

    private static String json(List<CoverageReport.Source> sources, Texts texts) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("sources");
        for (CoverageReport.Source s : sources) {
            ObjectNode o = list.addObject();
            o.put("source", s.source());
            o.put("file", s.file());
            o.put("sentences", s.sentences().size());
            o.put("inScope", s.inScope());
            o.put("cited", s.count(CoverageReport.CITED));
            o.put("noFact", s.count(CoverageReport.NO_FACT));
            o.put("uncited", s.count(CoverageReport.UNCITED));
            o.put("outOfScope", s.count(CoverageReport.OUT_OF_SCOPE));
            o.put("percentCited", Math.round(s.percent() * 10) / 10.0);
            String text = texts.content(s.file());
            ArrayNode sentences = o.putArray("sentenceList");
            for (CoverageReport.Sentence x : s.sentences()) {
                ObjectNode n = sentences.addObject();
                n.put("start", x.start());
                n.put("end", x.end());
                n.put("status", x.status());
                n.put("text", excerpt(text, x, Integer.MAX_VALUE));
                if (x.reason() != null) {
                    n.put("reason", x.reason());
                }
                if (!x.quotes().isEmpty()) {
                    ArrayNode quotes = n.putArray("quotes");
                    x.quotes().forEach((q, statements) -> {
                        ObjectNode qn = quotes.addObject();
                        qn.put("quote", q);
                        statements.forEach(qn.putArray("statements")::add);
                    });
                }
            }
        }
        return mapper.writeValueAsString(root);
    }

    /** The sentence's words (its start only, to {@code max} characters), on one line. */
    private static String excerpt(String text, CoverageReport.Sentence s, int max) {
        if (text == null) {
            return "";
        }
        int from = text.offsetByCodePoints(0, s.start());
        int to = text.offsetByCodePoints(from, s.end() - s.start());
        String words = text.substring(from, to).replaceAll("\\s+", " ");
        return words.length() <= max ? words : words.substring(0, max) + "…";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
