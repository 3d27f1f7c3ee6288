package org.sahelkg.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Wraps everything the server answers (Fuseki's endpoint and its writers, the pages, the dumps, the errors
 * of the servlet context) so that no response can run script in our origin, whatever wrote it: each
 * carries a Content-Security-Policy and {@code X-Content-Type-Options: nosniff}, and no {@code Server}
 * header. It is a Jetty handler rather than a servlet filter so that it sees the responses Fuseki and
 * Jetty write themselves, and it keeps its headers across {@code response.reset()}, which error pages call.
 * A page replaces the policy with its own ({@link org.sahelkg.server.http.Exchange#CSP}); every other
 * answer gets {@link #CSP}, which lets a browser load, run and frame nothing. The errors Jetty answers
 * before any handler runs (a malformed request head) get the same headers from {@link PlainErrors}.
 */
final class SecureHeaders extends Handler.Wrapper {
    /** The policy of every answer that is not one of our pages: nothing may load or run, not even there. */
    static final String CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";
    static final String CSP_HEADER = "Content-Security-Policy";
    static final String NOSNIFF_HEADER = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";

    SecureHeaders(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return super.handle(request, new Secured(request, response), callback);
    }

    /** Puts the policy and {@code nosniff} where no one has set them. */
    static void secure(HttpFields.Mutable fields) {
        if (!fields.contains(CSP_HEADER)) {
            fields.put(CSP_HEADER, CSP);
        }
        fields.put(NOSNIFF_HEADER, NOSNIFF);
        fields.remove(HttpHeader.SERVER);
    }

    /** A response whose headers always hold the policy, even after they are cleared. */
    private static final class Secured extends Response.Wrapper {
        private final HttpFields.Mutable headers;

        Secured(Request request, Response wrapped) {
            super(request, wrapped);
            this.headers = new HttpFields.Mutable.Wrapper(wrapped.getHeaders()) {
                @Override
                public HttpField onAddField(HttpField field) {
                    return field.getHeader() == HttpHeader.SERVER ? null : field;
                }

                @Override
                public HttpFields.Mutable clear() {
                    super.clear();
                    secure(this);
                    return this;
                }
            };
            secure(headers);
        }

        @Override
        public HttpFields.Mutable getHeaders() {
            return headers;
        }

        @Override
        public void reset() {
            super.reset();
            secure(headers);
        }
    }
}
