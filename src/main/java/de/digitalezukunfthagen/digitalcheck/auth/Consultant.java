package de.digitalezukunfthagen.digitalcheck.auth;

import java.util.List;

/**
 * An account of the initiative who is logged in, or listed by {@code users list}: a consultant
 * ({@link #CONSULTANT}) or a member of the initiative's staff ({@link #INITIATIVE}), who sees the
 * anonymous figures of all checks.
 */
public record Consultant(long id, String email, String name, boolean disabled, String role) {
    public static final String CONSULTANT = "consultant";
    public static final String INITIATIVE = "initiative";
    public static final List<String> ROLES = List.of(CONSULTANT, INITIATIVE);

    public Consultant(long id, String email, String name, boolean disabled) {
        this(id, email, name, disabled, CONSULTANT);
    }

    public boolean initiative() {
        return INITIATIVE.equals(role);
    }
}
