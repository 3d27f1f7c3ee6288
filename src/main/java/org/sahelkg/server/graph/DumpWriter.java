package org.sahelkg.server.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sahelkg.iri.Graphs;

/**
 * The whole graph as downloadable files, each with its SHA-256 in {@code SHA256SUMS} (the format of
 * {@code sha256sum}, so {@code sha256sum -c SHA256SUMS} checks them): TriG and N-Quads keep the named
 * graphs, Turtle is their union, JSON-LD keeps the graphs and embeds the published context. Written by
 * {@code sahel-kg export --dumps DIR} and, once per store generation, by the server.
 */
public final class DumpWriter {
    /** The checksum file, written last: its presence means the dumps are complete. */
    public static final String SUMS = "SHA256SUMS";

    /** One dump file: its name, media type and what it holds. */
    public record Kind(String name, String mediaType, String title, boolean dataset) {
    }

    /** The dumps, in the order they are listed. */
    public static final List<Kind> KINDS = List.of(
            new Kind("sahel-kg.trig", "application/trig", "TriG: the four named graphs", true),
            new Kind("sahel-kg.nq", "application/n-quads", "N-Quads: the four named graphs, one quad a line", true),
            new Kind("sahel-kg.ttl", "text/turtle", "Turtle: the union of the named graphs", false),
            new Kind("sahel-kg.jsonld", "application/ld+json", "JSON-LD: the four named graphs, with the context embedded", true));

    /** A written dump: its kind, size in bytes and SHA-256 (lower-case hex). */
    public record Dump(Kind kind, long bytes, String sha256) {
    }

    private DumpWriter() {
    }

    /** Writes every dump and SHA256SUMS into {@code dir} (created if needed), each file atomically. */
    public static List<Dump> write(DatasetGraph dataset, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Dump> dumps = new ArrayList<>();
        for (Kind kind : KINDS) {
            Path target = dir.resolve(kind.name());
            Path tmp = dir.resolve(kind.name() + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                if (dataset.isInTransaction()) {
                    write(dataset, kind, out);
                } else {
                    Txn.executeRead(dataset, () -> write(dataset, kind, out));
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dumps.add(new Dump(kind, Files.size(target), sha256(target)));
        }
        StringBuilder sums = new StringBuilder();
        for (Dump d : dumps) {
            sums.append(d.sha256()).append("  ").append(d.kind().name()).append('\n');
        }
        Path tmp = dir.resolve(SUMS + ".tmp");
        Files.writeString(tmp, sums, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(SUMS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return dumps;
    }

    /** The dumps already in {@code dir}, when its SHA256SUMS lists them all and they are all there. */
    public static List<Dump> read(Path dir) throws IOException {
        Path sums = dir.resolve(SUMS);
        if (!Files.isRegularFile(sums)) {
            return List.of();
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            int sep = line.indexOf("  ");
            if (sep > 0) {
                byName.put(line.substring(sep + 2), line.substring(0, sep));
            }
        }
        List<Dump> dumps = new ArrayList<>();
        for (Kind kind : KINDS) {
            Path file = dir.resolve(kind.name());
            String sha = byName.get(kind.name());
            if (sha == null || !Files.isRegularFile(file)) {
                return List.of();
            }
            dumps.add(new Dump(kind, Files.size(file), sha));
        }
        return dumps;
    }

    private static void write(DatasetGraph dataset, Kind kind, OutputStream out) {
        switch (kind.name()) {
            case "sahel-kg.trig" -> RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS);
            case "sahel-kg.nq" -> RDFDataMgr.write(out, dataset, RDFFormat.NQUADS);
            case "sahel-kg.ttl" -> RDFDataMgr.write(out, Graphs.union(dataset), RDFFormat.TURTLE_BLOCKS);
            case "sahel-kg.jsonld" -> JsonLdWriter.write(dataset, out, null);
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** The SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
