package org.sahelkg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
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
import org.sahelkg.server.http.Exchange;

/**
 * The errors Jetty answers itself, before any servlet (a malformed URI, a request head over the limit, …),
 * as one line of plain text with the pages' Content-Security-Policy and {@code nosniff}: never an HTML page
 * echoing part of the request.
 */
final class PlainErrors extends ErrorHandler {
    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                 String contentType, List<Charset> charsets, int code, String message,
                                                 Throwable cause) throws IOException {
        secure(response.getHeaders());
        return super.generateAcceptableResponse(request, response, callback, "text/plain", charsets, code, message,
                cause);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        secure(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        String text = status + ": " + (reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason) + "\n";
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void secure(HttpFields.Mutable fields) {
        fields.put("Content-Security-Policy", Exchange.CSP);
        fields.put("X-Content-Type-Options", "nosniff");
    }
}
