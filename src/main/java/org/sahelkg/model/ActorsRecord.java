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
    /** The actor ids of a role by its field name ({@code agent}, {@code target} …), or null. */
    public List<String> role(String name) {
        return switch (name) {
            case "agent" -> agent;
            case "target" -> target;
            case "affected" -> affected;
            case "participant" -> participant;
            case "supporter" -> supporter;
            case "host" -> host;
            case "guest" -> guest;
            case "mediator" -> mediator;
            default -> null;
        };
    }
}
