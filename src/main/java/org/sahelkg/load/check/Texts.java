package org.sahelkg.load.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sahelkg.model.Policy;

/**
 * The full source texts the quotes are checked against, read once each, so that {@code load} checks every quote
 * and checksum as {@code validate} does and reports them at the data file's line and column. The texts are kept
 * outside the project and never enter the graph.
 */
public final class Texts {
    private static final Pattern FILE = Pattern.compile(Policy.SOURCE_FILE);

    /** Checks nothing: the texts are not there, or were not asked for. */
    public static final Texts NONE = new Texts(null);

    private final Path dir;
    private final Map<String, Text> read = new ConcurrentHashMap<>();

    /**
     * One source text as read: its code points and SHA-256, or why it could not be read.
     *
     * @param codePoints the text's code points, null when it could not be read
     * @param sha256     lower-case hex SHA-256 of its bytes
     * @param problem    what is wrong with the file, null when it was read
     */
    record Text(int[] codePoints, String sha256, String problem) {
        /** The quote at {@code at} in this text, its code points compared one for one. */
        boolean has(String quote, int at) {
            int[] q = quote.codePoints().toArray();
            if (at < 0 || at + q.length > codePoints.length) {
                return false;
            }
            for (int i = 0; i < q.length; i++) {
                if (codePoints[at + i] != q[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The offset of the occurrence of {@code quote} nearest {@code at}, if the text has it anywhere. */
        Optional<Integer> nearest(String quote, int at) {
            String text = new String(codePoints, 0, codePoints.length);
            Integer best = null;
            for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
                int offset = text.codePointCount(0, i);
                if (best == null || Math.abs(offset - at) < Math.abs(best - at)) {
                    best = offset;
                }
            }
            return Optional.ofNullable(best);
        }

        int length() {
            return codePoints.length;
        }

        /** The code points from {@code begin} to {@code end}, clipped to the text. */
        String span(int begin, int end) {
            int b = Math.max(0, Math.min(begin, codePoints.length));
            int e = Math.max(b, Math.min(end, codePoints.length));
            return new String(codePoints, b, e - b);
        }
    }

    private Texts(Path dir) {
        this.dir = dir;
    }

    /** The texts in {@code dir}, which must exist. */
    public static Texts in(Path dir) {
        return new Texts(dir);
    }

    Path dir() {
        return dir;
    }

    /** The whole text of {@code file} as read, or null when it cannot be read (for printing sentences, never stored). */
    public String content(String file) {
        Text text = text(file);
        return text == null || text.problem() != null ? null : new String(text.codePoints(), 0, text.length());
    }

    /** The text named {@code file} by a source record, or null when it is not checked (no texts, or a bad name). */
    Text text(String file) {
        if (dir == null || file == null || !FILE.matcher(file).matches()) {
            return null;
        }
        return read.computeIfAbsent(file, f -> read(dir.resolve(f)));
    }

    /** Reads a text, its type looked at first: a FIFO put in its place must not block the load. */
    private static Text read(Path path) {
        if (!Files.exists(path)) {
            return new Text(null, null, "expected the source text " + path + ", found no such file");
        }
        if (!Files.isRegularFile(path)) {
            return new Text(null, null, "expected the source text " + path + " to be a regular file, found "
                    + (Files.isDirectory(path) ? "a directory" : "a special file"));
        }
        try {
            byte[] bytes = Files.readAllBytes(path);
            return new Text(new String(bytes, StandardCharsets.UTF_8).codePoints().toArray(), sha256(bytes), null);
        } catch (IOException e) {
            return new Text(null, null, "cannot read the source text " + path + ": " + e.getMessage());
        }
    }

    /** The SHA-256 of a text's bytes, in lower-case hex, as source records give it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
