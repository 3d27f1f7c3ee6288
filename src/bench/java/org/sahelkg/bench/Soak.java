package org.sahelkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A bounded soak run (not a test: the figures of the reliability page): a {@code serve} subprocess on a store of
 * its own, on loopback, under mixed load (catalog queries and pages from {@link LoadScript#workload}, pings, a few
 * slow clients that send a header byte every two seconds) while faults are injected: the dumps directory blocked
 * (a file where it must be) for the first third, a concurrent {@code load} of a new generation, and a {@code load}
 * killed with SIGKILL while it writes. Prints requests, errors by kind, p50/p95, resident memory at start and end,
 * and what each fault did. Stops by itself after {@code --seconds}.
 *
 * <pre>
 * java -cp target/sahel-kg-bench.jar org.sahelkg.bench.Soak --jar target/sahel-kg.jar --home . --seconds 180 [--clients 4]
 * </pre>
 */
public final class Soak {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final int SLOW_CLIENTS = 4;

    private final Path jar;
    private final Path home;
    private final Path work;
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    private final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong requests = new AtomicLong();
    /** Copies the server's output to its log file until the server ends. */
    private Thread logCopier;

    private Soak(Path jar, Path home, Path work) {
        this.jar = jar;
        this.home = home;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("target/sahel-kg.jar");
        Path home = Path.of(".");
        int seconds = 180;
        int clients = 4;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--home" -> home = Path.of(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                default -> {
                    System.err.println("Soak: unknown option " + args[i] + "; expected --jar JAR --home DIR --seconds N "
                            + "--clients N");
                    System.exit(2);
                }
            }
        }
        Path work = Files.createTempDirectory("sahel-kg-soak");
        try {
            new Soak(jar, home, work).run(seconds, clients);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Process start(String log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", jar.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--home", home.toString(), "--store", work.resolve("store").toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve(log).toFile()).start();
    }

    private Path generation() throws IOException {
        return work.resolve("store").resolve(Files.readString(work.resolve("store/CURRENT")).strip());
    }

    private void run(int seconds, int clients) throws Exception {
        Process first = start("load-0.log", "load");
        if (!first.waitFor(5, TimeUnit.MINUTES) || first.exitValue() != 0) {
            throw new IOException("the first load failed: " + Files.readString(work.resolve("load-0.log")));
        }
        Path blocked = generation().resolve("dumps");
        Files.writeString(blocked, "a file where the dumps directory must be\n");

        List<String> command = List.of(JAVA, "-jar", jar.toString(), "serve", "--home", home.toString(), "--store",
                work.resolve("store").toString(), "--host", "127.0.0.1", "--port", "0",
                "--max-concurrent-per-client", Integer.toString(clients + 2));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        Path serveLog = work.resolve("serve.log");
        String base = awaitReady(serve, serveLog);
        LoadScript.refuseUnlessLoopback(base);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<LoadScript.Target> targets = LoadScript.workload(http, base);
        long rssStart = rss(serve.pid());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                    LoadScript.Target t = targets.get(i % targets.size());
                    request(http, base + t.path(), t.accept());
                    if (i % 7 == 0) {
                        request(http, base + "/dumps/sahel-kg.nq", "*/*");
                    }
                }
            }));
        }
        threads.add(Thread.ofPlatform().start(() -> {
            while (System.nanoTime() < end) {
                request(http, base + "/$/ping", "*/*");
                sleep(100);
            }
        }));
        for (int s = 0; s < SLOW_CLIENTS; s++) {
            threads.add(Thread.ofPlatform().start(() -> slowClient(URI.create(base), end)));
        }
        long third = TimeUnit.SECONDS.toMillis(seconds) / 3;
        sleep(third);
        Files.delete(blocked);
        faults.add("dumps unblocked after " + third / 1000 + " s");
        Process concurrent = start("load-1.log", "load");
        faults.add("concurrent load: exit " + (concurrent.waitFor(5, TimeUnit.MINUTES) ? concurrent.exitValue() : -1));
        Path store = work.resolve("store");
        List<String> before = generations(store);
        Process killed = start("load-2.log", "load");
        while (killed.isAlive() && generations(store).equals(before)) {
            sleep(2);
        }
        killed.destroyForcibly().waitFor();
        faults.add("load killed while writing: generations " + before.size() + " -> " + generations(store).size());
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(seconds) + 60_000);
        }
        long rssEnd = rss(serve.pid());
        serve.destroy();
        serve.waitFor(30, TimeUnit.SECONDS);
        logCopier.join(10_000);
        report(seconds, clients, rssStart, rssEnd, Files.readAllLines(serveLog));
    }

    private void request(HttpClient http, String url, String accept) {
        long t0 = System.nanoTime();
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(30)).build(), BodyHandlers.discarding()).statusCode();
            if (status != 200 && status != 303) {
                errors.computeIfAbsent(status + " " + URI.create(url).getPath(), k -> new AtomicLong()).incrementAndGet();
            }
        } catch (IOException e) {
            errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        nanos.add(System.nanoTime() - t0);
        requests.incrementAndGet();
    }

    /** A client that opens a request and sends one header byte every two seconds until the end or a close. */
    private static void slowClient(URI base, long end) {
        while (System.nanoTime() < end) {
            try (Socket socket = new Socket(InetAddress.getByName(base.getHost()), base.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                while (System.nanoTime() < end) {
                    out.write('a');
                    out.flush();
                    sleep(2000);
                }
            } catch (IOException e) {
                sleep(500);
            }
        }
    }

    private String awaitReady(Process serve, Path log) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("sahel-kg ready at ")) {
            printed.append(line).append('\n');
        }
        if (line == null) {
            throw new IOException("serve did not start: " + printed);
        }
        String base = line.substring("sahel-kg ready at ".length()).split(" ")[0].replaceAll("/$", "");
        logCopier = Thread.ofPlatform().daemon().start(() -> {
            try (var writer = Files.newBufferedWriter(log)) {
                writer.write(printed.toString());
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    writer.write(l + "\n");
                }
            } catch (IOException e) {
                // The server stopped.
            }
        });
        return base;
    }

    private static List<String> generations(Path store) {
        try (Stream<Path> children = Files.list(store)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Resident memory of a process in MB, from /proc (Linux), or -1. */
    private static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux.
        }
        return -1;
    }

    private void report(int seconds, int clients, long rssStart, long rssEnd, List<String> serveLog) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = new ArrayList<>(nanos);
        }
        sorted.sort(null);
        System.out.printf("Soak %s: %d s, %d clients + pings + %d slow clients, loopback%n", Instant.now(), seconds,
                clients, SLOW_CLIENTS);
        System.out.printf("requests %d, errors %d, p50 %.1f ms, p95 %.1f ms%n", requests.get(),
                errors.values().stream().mapToLong(AtomicLong::get).sum(), LoadScript.percentile(sorted, 50),
                LoadScript.percentile(sorted, 95));
        new TreeMap<>(errors).forEach((kind, n) -> System.out.printf("  error %-40s %d%n", kind, n.get()));
        System.out.printf("RSS %d MB at start, %d MB at end%n", rssStart, rssEnd);
        faults.forEach(f -> System.out.println("fault: " + f));
        System.out.printf("server log: %d lines, %d of them stack frames%n", serveLog.size(),
                serveLog.stream().filter(l -> l.startsWith("\tat ")).count());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
