package org.sahelkg.model;

import java.util.List;

/** The actors of an event by role; each list holds actor ids. */
public record ActorsRecord(
        List<String> agent,
        List<String> target,
        List<String> affected,
        List<String> participant,
        List<String> supporter,
        List<String> host,
        List<String> guest,
        List<String> mediator) {
}
