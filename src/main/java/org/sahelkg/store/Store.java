package org.sahelkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.sahelkg.reason.KnowledgeGraph;
import org.sahelkg.load.Project;

/**
 * The knowledge graph on disk: an embedded TDB2 database that is rebuilt from the project's inputs and
 * swapped in whole, so that a reader only ever sees a complete build and a failed or interrupted build
 * leaves the previous one in place.
 *
 * <p>Layout of the store directory (by default {@code <home>/target/store}, see
 * {@link #defaultLocation(Project)}):
 * <pre>
 *   CURRENT                  one line: the name of the current generation directory
 *   gen-&lt;timestamp&gt;-&lt;n&gt;/   a complete TDB2 database plus fingerprint.txt
 *   rebuild.lock             held while a process rebuilds, so rebuilds never overlap
 * </pre>
 * A generation becomes current only by the atomic rename of {@code CURRENT.tmp} over {@code CURRENT},
 * after its database has been committed and closed and its fingerprint written. A generation directory
 * not named in {@code CURRENT} is garbage, deleted by the next rebuild unless a process still has it
 * open.
 */
public final class Store implements AutoCloseable {
    /** The file naming the current generation. */
    public static final String CURRENT = "CURRENT";
    /** The file, in each generation, holding the fingerprint of the inputs it was built from. */
    public static final String FINGERPRINT = "fingerprint.txt";

    private static final String CURRENT_TMP = "CURRENT.tmp";
    private static final String REBUILD_LOCK = "rebuild.lock";
    private static final String GENERATION_PREFIX = "gen-";
    private static final Pattern GENERATION_NAME = Pattern.compile("gen-[0-9]{8}T[0-9]{6}Z-[0-9]+");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    /** The input directories whose every file goes into the fingerprint. */
    private static final List<String> INPUTS = List.of("data", "seeds", "ontology");
    /** One monitor per store directory, so threads of one process queue before the file lock. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Function<Project, DatasetGraph> source;
    private final Consumer<String> notes;
    private final List<DatasetGraph> opened = new ArrayList<>();
    private volatile boolean shrinkAllowed;

    /** A store at {@code dir} built by {@link KnowledgeGraph} (load, then rules), noting rebuilds on standard error. */
    public Store(Path dir) {
        this(dir, KnowledgeGraph::build, System.err::println);
    }

    /**
     * A store at {@code dir} whose content comes from {@code source}; {@code notes} receives the short
     * reasons for a rebuild.
     */
    public Store(Path dir, Function<Project, DatasetGraph> source, Consumer<String> notes) {
        this.dir = dir.toAbsolutePath().normalize();
        this.source = source;
        this.notes = notes;
    }

    /** The default store directory of a project: {@code <home>/target/store}. */
    public static Path defaultLocation(Project project) {
        return project.home().resolve("target").resolve("store");
    }

    public Path dir() {
        return dir;
    }

    /**
     * Lets the next rebuilds publish an empty store, or one with fewer resources or quads than the current one
     * ({@code load --allow-shrink}): curation deletes records, but a lost data file must not do so unasked.
     */
    public Store allowShrink(boolean allowed) {
        this.shrinkAllowed = allowed;
        return this;
    }

    /**
     * What the current generation holds: from its {@link Contents#FILE}, else (a generation of an older build)
     * counted from its database when no process has it open; empty when there is no current generation or it cannot
     * be counted now.
     */
    public Optional<Contents> currentContents() {
        return currentGeneration().flatMap(gen -> {
            Path file = gen.resolve(Contents.FILE);
            try {
                if (Files.isRegularFile(file)) {
                    return Optional.of(Contents.read(file));
                }
                if (inUse(gen)) {
                    return Optional.empty();
                }
            } catch (IOException | UncheckedIOException e) {
                throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(gen));
            try {
                return Optional.of(Contents.of(tdb));
            } finally {
                TDBInternal.expel(tdb);
            }
        });
    }

    /** The current generation's directory, if {@code CURRENT} names a complete one. */
    public Optional<Path> currentGeneration() {
        String name;
        try {
            name = Files.readString(dir.resolve(CURRENT), StandardCharsets.UTF_8).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StoreException("Cannot read " + dir.resolve(CURRENT) + ": " + e.getMessage(), e);
        }
        Path gen = dir.resolve(name);
        if (!GENERATION_NAME.matcher(name).matches() || !Files.isRegularFile(gen.resolve(FINGERPRINT))) {
            return Optional.empty();
        }
        return Optional.of(gen);
    }

    /** The fingerprint the current generation was built from, if there is one. */
    public Optional<String> currentFingerprint() {
        return currentGeneration().map(gen -> {
            try {
                return Files.readString(gen.resolve(FINGERPRINT), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new StoreException("Cannot read " + gen.resolve(FINGERPRINT) + ": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Rebuilds when there is no current generation or the inputs differ from those it was built from,
     * else keeps it.
     *
     * @return true when it rebuilt
     */
    public boolean ensureFresh(Project project) {
        synchronized (monitor()) {
            String fingerprint = fingerprint(project);
            Optional<String> current = currentFingerprint();
            if (current.isPresent() && current.get().equals(fingerprint)) {
                return false;
            }
            notes.accept(current.isEmpty()
                    ? "sahel-kg: no store at " + dir + " yet; building it"
                    : "sahel-kg: inputs or program changed since the store was built; rebuilding");
            return rebuild(project, fingerprint, true) != null;
        }
    }

    /**
     * Builds a new generation from the project's inputs and makes it current. The graphs are built in
     * memory first: a {@link org.sahelkg.load.LoadException} leaves the store exactly as it was.
     *
     * @return the new current generation's directory
     */
    public Path rebuild(Project project) {
        synchronized (monitor()) {
            return rebuild(project, fingerprint(project), false);
        }
    }

    /**
     * Builds the graphs in memory, then, holding the rebuild lock, writes them as a new generation and
     * makes it current. With {@code onlyIfStale}, returns null without writing when another process made
     * an up-to-date generation current while this one was building.
     */
    private Path rebuild(Project project, String fingerprint, boolean onlyIfStale) {
        DatasetGraph quads = source.apply(project);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        // Closing the channel releases the lock.
        try (FileChannel lockChannel = FileChannel.open(dir.resolve(REBUILD_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            acquire(lockChannel);
            if (onlyIfStale && currentFingerprint().filter(fingerprint::equals).isPresent()) {
                return null;
            }
            Contents contents = Contents.of(quads);
            refuseShrink(contents);
            // Named before the garbage is collected, so that a new generation never takes the name of one it
            // deletes in the same second.
            long needed = Space.needed(contents.quads());
            Path gen;
            try {
                gen = newGenerationDir();
            } catch (IOException e) {
                Space.check(dir, needed);
                throw e;
            }
            collectGarbage(currentGeneration().orElse(null), gen);
            boolean switched = false;
            try {
                Space.check(dir, needed);
                Space.watched(() -> write(quads, gen), dir, needed);
                writeDurably(gen.resolve(Contents.FILE), contents.text());
                writeDurably(gen.resolve(FINGERPRINT), fingerprint + "\n");
                syncDirectories(gen);
                writeDurably(dir.resolve(CURRENT_TMP), gen.getFileName() + "\n");
                Files.move(dir.resolve(CURRENT_TMP), dir.resolve(CURRENT),
                        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                switched = true;
            } catch (IOException e) {
                Space.check(dir, needed);
                throw new StoreException("Cannot write a new generation in " + dir + ": " + e.getMessage(), e);
            } finally {
                if (!switched) {
                    Directories.deleteQuietly(gen);
                }
            }
            syncDirectory(dir);
            collectGarbage(gen);
            return gen;
        } catch (IOException e) {
            throw new StoreException("Cannot lock the store " + dir + " or create a generation in it: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Refuses, unless {@link #allowShrink allowed}, to publish {@code next} when it is empty or holds fewer resources
     * of some kind, or fewer quads in some graph, than the current generation. Any shrinking counts: a threshold
     * would let a lost small file (21 memberships) through, and a curator who deletes records says so with the flag.
     */
    private void refuseShrink(Contents next) {
        if (shrinkAllowed) {
            return;
        }
        List<String> removed = currentContents().map(c -> c.removedBy(next)).orElse(List.of());
        if (next.quads() == 0) {
            throw new ShrinkException("sahel-kg: refusing to publish an empty store at " + dir + ": the inputs gave "
                    + "no quads; check data/, seeds/ and ontology/, or give load --allow-shrink to publish it anyway",
                    removed);
        }
        if (!removed.isEmpty()) {
            throw new ShrinkException("sahel-kg: refusing to publish a smaller store at " + dir + "; it would remove:\n"
                    + String.join("\n", removed.stream().map(r -> "  " + r).toList())
                    + "\nIf the records were deleted on purpose, run sahel-kg load --allow-shrink; the store is as it "
                    + "was.", removed);
        }
    }

    private void acquire(FileChannel channel) throws IOException {
        if (channel.tryLock() == null) {
            notes.accept("sahel-kg: another process is rebuilding the store at " + dir + "; waiting");
            channel.lock();
        }
    }

    private Path newGenerationDir() throws IOException {
        String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        for (int n = 1; ; n++) {
            Path gen = dir.resolve(GENERATION_PREFIX + stamp + "-" + n);
            try {
                return Files.createDirectory(gen);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken: try the next number
            }
        }
    }

    /**
     * How a new generation is written: TDB2's bulk loaders, which build the node table and each index in bulk
     * instead of inserting quad by quad. {@link #PARALLEL} is Jena's {@code tdb2.tdbloader --loader=parallel}
     * (more threads than this machine's two cores can run at once), {@link #PHASED} its phased loader (one
     * index phase at a time); {@code bench} measures both.
     */
    enum Writer {
        PARALLEL, PHASED;

        /** The writer named by the system property {@code sahelkg.writer} ({@code parallel} or {@code phased}). */
        static Writer configured() {
            String name = System.getProperty("sahelkg.writer", "");
            return name.equalsIgnoreCase("phased") ? PHASED : DEFAULT;
        }
    }

    /** The writer {@code load} and {@code serve} use unless {@code -Dsahelkg.writer} says otherwise. */
    static final Writer DEFAULT = Writer.PARALLEL;

    private static void write(DatasetGraph quads, Path gen) {
        write(quads, gen, Writer.configured());
    }

    /**
     * Writes every quad and prefix of {@code quads} into a new TDB2 database at {@code gen} (an empty
     * directory) with a bulk loader, then closes the database. On failure the directory holds garbage the
     * caller deletes; it never becomes current.
     */
    private static void write(DatasetGraph quads, Path gen, Writer writer) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(Location.create(gen));
        try {
            MonitorOutput quiet = (fmt, args) -> { };
            DataLoader loader = writer == Writer.PHASED ? LoaderFactory.phasedLoader(tdb, quiet)
                    : LoaderFactory.parallelLoader(tdb, quiet);
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                if (quads.supportsTransactions() && !quads.isInTransaction()) {
                    Txn.executeRead(quads, () -> copy(quads, stream));
                } else {
                    copy(quads, stream);
                }
                loader.finishBulk();
            } catch (RuntimeException | Error e) {
                Space.failing(e);
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
                throw e;
            }
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    private static void copy(DatasetGraph from, StreamRDF to) {
        to.start();
        from.prefixes().forEach(to::prefix);
        from.find().forEachRemaining(to::quad);
        to.finish();
    }

    /**
     * Opens the current generation. Its default graph is the union of the named graphs. A lock left
     * by a killed process is taken over: TDB2 locks with an operating-system file lock, which dies with
     * its process.
     */
    public synchronized DatasetGraph open() {
        removeLeftovers();
        Path gen = currentGeneration().orElseThrow(() -> new StoreException(
                "No store at " + dir + ": run `sahel-kg load` to build it"));
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(gen));
        } catch (RuntimeException e) {
            // Only probed once TDB2 has refused: closing a probe channel drops this process's own locks on Linux.
            throw heldBy(gen).map(this::held).orElseThrow(() -> e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        opened.add(dsg);
        return dsg;
    }

    /**
     * One line saying who holds the store and what to do instead: another process (a running {@code serve}, most
     * often) has the current generation open, and TDB2 lets one process at a time use a database.
     */
    private StoreException held(String holder) {
        return new StoreException("the store " + dir + " is in use by " + holder + " (a running `sahel-kg serve`?): "
                + "stop that process, or ask the running server instead with --endpoint http://HOST:PORT/sparql "
                + "(query and export)");
    }

    /**
     * The process, other than this one, holding a TDB2 lock of {@code gen}: {@code process <pid>} from the lock
     * file TDB2 writes its process id into, or {@code another process} when it holds none readable.
     */
    static Optional<String> heldBy(Path gen) {
        try {
            for (Path lockFile : lockFiles(gen)) {
                if (holder(lockFile) == Holder.OTHER_PROCESS) {
                    String pid = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                    return Optional.of(pid.matches("[0-9]+") ? "process " + pid : "another process");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // A lock file we cannot read is no proof of use.
        }
        return Optional.empty();
    }

    /** Closes every database this store opened, releasing its locks. */
    @Override
    public synchronized void close() {
        for (DatasetGraph dsg : opened) {
            TDBInternal.expel(dsg);
        }
        opened.clear();
    }

    /**
     * Deletes what killed loads left (generations {@code CURRENT} does not name, a stray {@code CURRENT.tmp}), unless
     * a load is writing now: the rebuild lock is only tried, and taken under this process's monitor, because
     * closing a second channel on the lock file would drop a lock this process holds (Linux). Generations open in
     * a running server are kept; a store that cannot be locked (read-only) is left as it is.
     */
    private void removeLeftovers() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        synchronized (monitor()) {
            try (FileChannel lockChannel = FileChannel.open(dir.resolve(REBUILD_LOCK),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = lockChannel.tryLock();
                if (lock == null) {
                    return;
                }
                Files.deleteIfExists(dir.resolve(CURRENT_TMP));
                collectGarbage(currentGeneration().orElse(null));
            } catch (IOException | OverlappingFileLockException | StoreException e) {
                // Left for the next start or rebuild.
            }
        }
    }

    /** Deletes every generation but those in {@code keep} (nulls ignored), except those a process has open. */
    private void collectGarbage(Path... keep) {
        List<Path> kept = java.util.Arrays.stream(keep).filter(java.util.Objects::nonNull).toList();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, GENERATION_PREFIX + "*")) {
            for (Path gen : children) {
                if (!kept.contains(gen) && Files.isDirectory(gen) && !inUse(gen)) {
                    Directories.deleteQuietly(gen);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Best effort: garbage left now is collected by the next rebuild.
        }
    }

    /** True when a TDB2 lock file in the generation is held by a process, this one included. */
    private static boolean inUse(Path gen) throws IOException {
        for (Path lockFile : lockFiles(gen)) {
            if (holder(lockFile) != Holder.NONE) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> lockFiles(Path gen) throws IOException {
        try (Stream<Path> files = Files.walk(gen, 2)) {
            return files.filter(p -> p.getFileName().toString().equals("tdb.lock")).toList();
        }
    }

    /** Who holds a lock file: no one, this process or another (an operating-system lock dies with its process). */
    private enum Holder { NONE, THIS_PROCESS, OTHER_PROCESS }

    private static Holder holder(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return Holder.OTHER_PROCESS;
            }
            lock.release();
            return Holder.NONE;
        } catch (OverlappingFileLockException e) {
            return Holder.THIS_PROCESS;
        } catch (IOException e) {
            return Holder.NONE;
        }
    }

    private Object monitor() {
        return MONITORS.computeIfAbsent(dir, d -> new Object());
    }

    private static void writeDurably(Path file, String content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    /** Makes a rename in {@code directory} durable where the platform allows it (not on Windows). */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not supported here; the rename is still atomic.
        }
    }

    /** Makes the entries of every directory in a new generation durable before it becomes current. */
    private static void syncDirectories(Path root) throws IOException {
        List<Path> directories;
        try (Stream<Path> walk = Files.walk(root)) {
            directories = walk.filter(Files::isDirectory).toList();
        }
        directories.forEach(Store::syncDirectory);
    }

    /**
     * SHA-256 (lower-case hex) over the relative path and the bytes of every regular file under
     * {@code data/}, {@code seeds/} and {@code ontology/}, in path order, and over
     * {@link #buildIdentity()}: a store is rebuilt when any input or the program changes.
     */
    public static String fingerprint(Project project) {
        MessageDigest sha = sha256();
        List<Path> files = new ArrayList<>();
        for (String input : INPUTS) {
            Path root = project.home().resolve(input);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new StoreException("Cannot list " + root + ": " + e.getMessage(), e);
            }
        }
        files.sort(Comparator.comparing(project::relative));
        byte[] buffer = new byte[8192];
        for (Path file : files) {
            try {
                update(sha, "file " + project.relative(file) + " size " + Files.size(file));
            } catch (IOException e) {
                throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                while (in.read(buffer) >= 0) {
                    // digesting
                }
            } catch (IOException e) {
                throw new StoreException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        update(sha, "build " + buildIdentity());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /**
     * Which program builds the store: {@code <Implementation-Version> <Build-Time>} from the manifest
     * of the jar this class runs from, else {@code dev} (running from classes, as in tests).
     */
    public static String buildIdentity() {
        try {
            var codeSource = Store.class.getProtectionDomain().getCodeSource();
            if (codeSource == null) {
                return "dev";
            }
            Path location = Path.of(codeSource.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return "dev";
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                var manifest = jar.getManifest();
                if (manifest == null) {
                    return "dev";
                }
                Attributes main = manifest.getMainAttributes();
                String version = main.getValue("Implementation-Version");
                String time = main.getValue("Build-Time");
                return version == null && time == null ? "dev" : version + " " + time;
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return "dev";
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
