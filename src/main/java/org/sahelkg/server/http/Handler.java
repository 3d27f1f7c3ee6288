package org.sahelkg.server.http;

import java.io.IOException;

/** Answers the requests of one kind of page or document. */
@FunctionalInterface
public interface Handler {
    void handle(Exchange exchange) throws IOException;
}
