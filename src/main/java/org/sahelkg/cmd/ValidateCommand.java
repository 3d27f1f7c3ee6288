package org.sahelkg.cmd;

import java.util.concurrent.Callable;
import org.sahelkg.load.Project;
import org.sahelkg.query.Catalog;
import org.sahelkg.validate.ValidationReport;
import org.sahelkg.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code validate}: checks the project in memory, without a store. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Check the project without building a store: SHACL shapes, every "
                + "queries/checks/*-violation.rq, every evidence quote against its source text, and that every "
                + "queries/*.rq parses and has its # Title:, # Question: and # Returns: lines.",
                "Exits 1 if the data does not conform."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Mixin
    ProjectOptions projectOptions;

    @Override
    public Integer call() {
        Project project = projectOptions.project();
        Catalog.load(project.queries());
        ValidationReport report = Validator.validate(project);
        report.problems().forEach(p -> main.out.println("problem: " + p));
        report.warnings().forEach(w -> main.out.println("warning: " + w));
        if (report.conforms()) {
            main.out.println("conforms" + (report.warnings().isEmpty() ? ""
                    : " (" + report.warnings().size() + " warning" + (report.warnings().size() == 1 ? "" : "s") + ")"));
            return Main.OK;
        }
        main.out.println(report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s"));
        return Main.PROBLEMS;
    }
}
