package org.sahelkg.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sahelkg.model.SourceRecord;
import org.sahelkg.store.Directories;

/**
 * Writes a complete synthetic project home, ACLED-shaped and in the project's own JSON format, so that the
 * real loader and the reasoning rules can be measured at scale: {@code data/**}{@code /*.json},
 * {@code seeds/*.json}, a copy of the real project's {@code ontology/} and {@code queries/checks/}, and, when
 * asked, the source texts every quote is cut from. The same seed and size always give byte-identical files.
 *
 * <p>Nothing it writes is real: the states are "Country A" to "Country H", every other name is made of
 * syllables, and no resource links to Wikidata.
 */
public final class Generator {
    /**
     * What to generate.
     *
     * @param events the number of events
     * @param seed   the seed of every random draw
     * @param out    the new project home (a new or empty directory)
     * @param texts  where to write the source texts (a new or empty directory), or null not to write them
     * @param from   the project whose {@code ontology/} and {@code queries/checks/} are copied
     */
    public record Settings(int events, long seed, Path out, Path texts, Path from) {
        public Settings {
            if (events < 1) {
                throw new IllegalArgumentException("expected at least one event, found " + events);
            }
            out = out.toAbsolutePath().normalize();
            texts = texts == null ? null : texts.toAbsolutePath().normalize();
            from = from.toAbsolutePath().normalize();
        }
    }

    /** What was written. */
    public record Summary(int events, long claims, long records, int files, int sources, long disputedEvents,
                          long reciprocalPairs, double seconds) {
        /** One line for the command line. */
        public String line(Path out) {
            return String.format(Locale.ROOT, "Generated %d events, %d claims, %d records in all (%d sources, "
                            + "%d disputed events, %d reciprocal pairs) in %d files under %s in %.1f s", events, claims,
                    records, sources,
                    disputedEvents, reciprocalPairs, files, out, seconds);
        }
    }

    private Generator() {
    }

    /** Sources for a size: one per thousand events, at least 6 and at most 999 (ids have three digits). */
    public static int sourcesFor(int events) {
        return World.clamp(events / 1000, 6, 999);
    }

    /** Generates the project; fails without writing when a target directory is not new or empty. */
    public static Summary generate(Settings settings) {
        long started = System.nanoTime();
        requireEmpty(settings.out());
        if (settings.texts() != null) {
            requireEmpty(settings.texts());
        }
        Path ontology = settings.from().resolve("ontology");
        if (!Files.isDirectory(ontology)) {
            throw new IllegalArgumentException("no ontology/ directory in " + settings.from());
        }
        try {
            Files.createDirectories(settings.out());
            if (settings.texts() != null) {
                Files.createDirectories(settings.texts());
            }
            int files = copyFromProject(settings.from(), settings.out());
            Files.writeString(settings.out().resolve("README.md"), readme(settings), StandardCharsets.UTF_8);

            Dice dice = new Dice(settings.seed());
            Dice worldDice = dice.split();
            Dice textDice = dice.split();
            Dice eventDice = dice.split();
            int sourceCount = sourcesFor(settings.events());
            World world = new World(worldDice, settings.events());
            SourceTexts texts = new SourceTexts(textDice, settings.seed(), sourceCount,
                    world.publishers(sourceCount), settings.texts());
            world.build(texts);

            Path data = settings.out().resolve("data");
            long records = 0;
            try (JsonOut out = new JsonOut(data.resolve("world").resolve("places.json"))) {
                out.all("countries", world.countryRecords).all("places", world.placeRecords);
                records += out.records();
            }
            try (JsonOut out = new JsonOut(data.resolve("world").resolve("actors.json"))) {
                out.all("organisations", world.organisations).all("people", world.people).all("agents", world.agents)
                        .all("posts", world.posts).all("things", world.things);
                records += out.records();
            }
            try (JsonOut out = new JsonOut(data.resolve("world").resolve("relations.json"))) {
                out.all("relations", world.relations);
                records += out.records();
            }
            files += 3;

            EventStream events = new EventStream(world, texts, eventDice, settings.events(), data);
            events.run();
            files += events.files();
            records += settings.events() + events.claims() + events.extraRecords();

            try (JsonOut out = new JsonOut(data.resolve("world").resolve("memberships.json"))) {
                out.all("memberships", world.memberships.stream().map(World.MembershipDraft::record).toList())
                        .all("proposals", world.proposals);
                records += out.records();
            }
            files++;

            List<SourceRecord> sources = texts.finish();
            for (SourceRecord s : sources) {
                JsonOut.single(settings.out().resolve("seeds").resolve(s.file().replaceFirst("\\.txt$", ".json")), s);
            }
            files += sources.size() * (settings.texts() == null ? 1 : 2);
            records += sources.size();
            return new Summary(settings.events(), events.claims(), records, files, sources.size(), events.disputed(),
                    events.reciprocalPairs(), (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails unless {@code dir} does not exist or is an empty directory. */
    public static void requireEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " exists and is not a directory");
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) {
                throw new IllegalArgumentException(dir + " is not empty; expected a new or empty directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the regular files under {@code from} whose names end with {@code suffix}; returns how many. */
    /**
     * Replaces the copies of the real project's {@code ontology/} and {@code queries/checks/} in a generated
     * project by the project's current ones, so that reused generated data is reasoned over and checked with
     * today's rules, not those of the day it was generated.
     */
    public static void refreshCopies(Path from, Path out) {
        Directories.deleteQuietly(out.resolve("ontology"));
        Directories.deleteQuietly(out.resolve("queries").resolve("checks"));
        try {
            copyFromProject(from, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the project's {@code ontology/} and {@code queries/checks/}; returns the number of files. */
    private static int copyFromProject(Path from, Path out) throws IOException {
        return copy(from.resolve("ontology"), out.resolve("ontology"), "")
                + copy(from.resolve("queries").resolve("checks"), out.resolve("queries").resolve("checks"),
                        "-violation.rq");
    }

    private static int copy(Path from, Path to, String suffix) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted().toList();
        }
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return files.size();
    }

    private static String readme(Settings s) {
        return "# Synthetic sahel-kg project\n\n"
                + "Generated by `sahel-kg generate --events " + s.events() + " --seed " + s.seed()
                + "` for load tests. Nothing in it is real:\nthe states are Country A to Country H, every other name "
                + "is made of syllables, "
                + "and the source texts\ndescribe no real facts. `ontology/` and `queries/checks/` are copies of the "
                + "real project's.\n";
    }
}
