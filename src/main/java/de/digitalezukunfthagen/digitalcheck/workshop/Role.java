package de.digitalezukunfthagen.digitalcheck.workshop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The part of the company a participant speaks for, if they want to say. */
enum Role {
    MANAGEMENT, OFFICE, PRODUCTION, IT, SALES, APPRENTICE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The message key of its label. */
    public String key() {
        return "workshop.role." + id();
    }

    static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
