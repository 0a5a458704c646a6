package de.digitalezukunfthagen.digitalcheck.questionnaire;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation in Hagen that can help. {@code verified} (default false) says the operator has
 * confirmed the entry; a firm ({@code kind: company}) is listed only when it is. {@code note} tells the
 * operator what is still to be confirmed. {@code asOf} and {@code reviewBy} may be null.
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
        LocalDate asOf,
        LocalDate reviewBy,
        Pos pos) {

    public static final List<String> KINDS = List.of("chamber", "agency", "company", "network", "programme");

    public Contact {
        topics = List.copyOf(topics);
    }

    public static final String COMPANY = "company";

    /** Chambers, agencies, networks and programmes; the initiative's member firms are not neutral. */
    public boolean neutral() {
        return !COMPANY.equals(kind);
    }
}
