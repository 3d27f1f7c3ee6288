package org.sahelkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measuring tools as they are run, {@code java -jar target/sahel-kg-bench.jar …} beside the product jar, and
 * the two jars' contents: the product holds no benchmark and no generator, the bench jar nothing else.
 */
class BenchJarIT {
    static final Path JAR = Path.of(System.getProperty("sahelkg.bench.jar", "target/sahel-kg-bench.jar"));
    static final Path PRODUCT = Path.of(System.getProperty("sahelkg.jar", "target/sahel-kg.jar"));
    static final Path HOME = Path.of(System.getProperty("sahelkg.home", "."));
    static final List<String> TOOLS = List.of("org/sahelkg/bench/", "org/sahelkg/synth/");

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(HOME.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sahel-kg-bench " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void helpListsBenchAndGenerate() throws Exception {
        Result r = run("--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: sahel-kg-bench"), r.out());
        assertTrue(r.out().contains("  bench ") && r.out().contains("  generate "), r.out());
        for (String sub : List.of("bench", "bench pages", "generate")) {
            Result help = run((sub + " --help").split(" "));
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().startsWith("Usage: sahel-kg-bench " + sub), help.out());
            assertTrue(help.out().contains("--home=DIR"), help.out());
        }
    }

    @Test
    void generateWritesAProjectHomeWithTheProductOnTheClassPath() throws Exception {
        Path home = tmp.resolve("home");
        Result r = run("generate", "--events", "5", "--out", home.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isDirectory(home.resolve("data")) && Files.isDirectory(home.resolve("ontology/rules")),
                r.out());
    }

    @Test
    void aUsageErrorIsAMessageAndExit2() throws Exception {
        Result r = run("generate", "--events", "0", "--out", tmp.resolve("home").toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("--events: expected 1 or more, found 0"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void benchRedrawsThePlotOfTheCommittedRun() throws Exception {
        Result r = run("bench", "--plot", "src/site/bench/bench.json", "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(tmp.resolve("latency.svg")).startsWith("<svg"), r.out());
    }

    @Test
    void theProductJarHoldsNoBenchmarkAndNoGenerator() throws Exception {
        try (JarFile jar = new JarFile(PRODUCT.toFile())) {
            List<String> tools = jar.stream().map(ZipEntry::getName)
                    .filter(n -> TOOLS.stream().anyMatch(n::startsWith)).toList();
            assertEquals(List.of(), tools);
        }
    }

    @Test
    void theBenchJarHoldsExactlyWhatSrcBenchCompilesTo() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (String root : List.of("src/bench/java", "src/bench/resources")) {
            Path dir = HOME.resolve(root);
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                        .map(f -> f.endsWith(".java") ? f.substring(0, f.length() - ".java".length()) : f)
                        .forEach(expected::add);
            }
        }
        Set<String> found = new TreeSet<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("sahel-kg.jar", jar.getManifest().getMainAttributes().getValue("Class-Path"));
            assertEquals(BenchMain.class.getName(), jar.getManifest().getMainAttributes().getValue("Main-Class"));
            jar.stream().map(ZipEntry::getName).filter(n -> !n.endsWith("/") && !n.startsWith("META-INF/"))
                    .map(n -> n.endsWith(".class") ? n.replaceFirst("(\\$.*)?\\.class$", "") : n)
                    .forEach(found::add);
        }
        assertEquals(expected, found, "entries of " + JAR + " by source file");
    }
}
