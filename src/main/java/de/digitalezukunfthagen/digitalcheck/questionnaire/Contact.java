package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.util.List;

/**
 * An organisation in Hagen that can help. {@code verified} and {@code note} are extensions: they tell
 * the operator which entries still have to be confirmed before going live.
 */
public record Contact(
        String id,
        Text name,
        String kind,
        List<String> topics,
        Condition when,
        Text description,
        String website,
        Text address,
        String email,
        String phone,
        String person,
        boolean verified,
        Text note,
        Pos pos) {

    public static final List<String> KINDS = List.of("chamber", "agency", "company", "network", "programme");

    public Contact {
        topics = List.copyOf(topics);
    }

    /** Chambers, agencies, networks and programmes; the initiative's member firms are not neutral. */
    public boolean neutral() {
        return !"company".equals(kind);
    }
}
