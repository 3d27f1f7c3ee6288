package org.sahelkg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any servlet (a malformed URI, a request head over the limit, …),
 * as one line of plain text with the {@link SecureHeaders}: never an HTML page echoing part of the request.
 * {@link Servlet} does the same for the errors of the servlet context (Fuseki's {@code sendError}, an
 * exception escaping a servlet).
 */
final class PlainErrors extends ErrorHandler {

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code, String message,
                                                 Throwable cause) throws IOException {
        SecureHeaders.secure(response.getHeaders());
        return super.generateAcceptableResponse(request, response, callback, "text/plain", charsets, code, message,
                cause);
    }

    @Override
    protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
        writer.write(line(code, message, cause));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecureHeaders.secure(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        return ByteBuffer.wrap(line(status, reason, null).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The one line of an error, such as {@code 400: the query string is not percent-encoded UTF-8} (logging it is
     * {@link LogFloods}'s: a client's error in one line, with no stack trace).
     */
    static String line(int code, String message, Throwable cause) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        if (badEncoding(cause)) {
            reason = "the query string or form is not percent-encoded UTF-8 (é is %C3%A9)";
        }
        return code + ": " + reason.replaceAll("[\\r\\n]+", " ") + "\n";
    }

    private static boolean badEncoding(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CharacterCodingException || t.getClass().getName().contains("Utf8")) {
                return true;
            }
        }
        return false;
    }

    /** The same answers for the errors of the servlet context, which has an error handler of its own. */
    static final class Servlet extends org.eclipse.jetty.ee11.servlet.ErrorHandler {
        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) throws IOException {
            SecureHeaders.secure(response.getHeaders());
            return super.generateAcceptableResponse(request, response, callback, "text/plain", charsets, code,
                    message, cause);
        }

        @Override
        protected void writeErrorPlain(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            writer.write(line(code, message, cause));
        }
    }
}
