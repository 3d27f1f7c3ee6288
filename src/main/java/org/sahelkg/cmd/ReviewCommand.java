package org.sahelkg.cmd;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelkg.ingest.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code review}: accept or reject the candidates of an ingest draft, and apply the accepted ones. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Mark candidates of a draft written by ingest accepted or rejected (edit DIR/draft.json "
                + "first where a record needs it: a French label, a claim's subject and property), then, with "
                + "--apply, add the accepted ones to the project: the source record to seeds/, the text beside the "
                + "other source texts, new records to data/ingested/NNN.json, new evidence into the events it is "
                + "for. The project is built with them in a copy first: if it does not load, nothing is changed "
                + "and every problem is printed with its file and JSON pointer.",
                "Without options, lists the candidates and their statuses."})
final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ProjectOptions projectOptions;

    @Parameters(paramLabel = "DIR", description = "The draft's directory, as ingest wrote it.")
    Path dir;

    @Option(names = "--accept", paramLabel = "ID", description = "Accept a candidate (candidate/3) or a new "
            + "entity (its suggested id); repeatable.")
    List<String> accept = new ArrayList<>();

    @Option(names = "--reject", paramLabel = "ID", description = "Reject one; repeatable.")
    List<String> reject = new ArrayList<>();

    @Option(names = "--apply", description = "Add the accepted candidates to the project.")
    boolean apply;

    @Override
    public Integer call() {
        Review review = Review.open(dir);
        accept.forEach(id -> review.mark(id, "accepted"));
        reject.forEach(id -> review.mark(id, "rejected"));
        if (!accept.isEmpty() || !reject.isEmpty()) {
            review.save();
        }
        var out = spec.commandLine().getOut();
        for (JsonNode c : review.draft().get("candidates")) {
            out.printf("%-14s %-9s %-8s %s%n", c.get("id").asText(), c.get("status").asText(), c.get("kind").asText(),
                    c.get("why").asText());
        }
        if (apply) {
            for (String written : review.apply(projectOptions.project())) {
                out.println("wrote " + written);
            }
        }
        return 0;
    }
}
