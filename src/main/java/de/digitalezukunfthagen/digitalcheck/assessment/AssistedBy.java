package de.digitalezukunfthagen.digitalcheck.assessment;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Whether the person asking for an assessment's page is the consultant who advises it (an assisted
 * check). The assessment pages then show a small bar naming the company and the consultant, with the
 * way back to the consultant's overview. Implemented where consultants are known (package
 * {@code workshop}), handed in by {@code App}, so that this package knows nothing of logins.
 */
@FunctionalInterface
public interface AssistedBy {
    /** No one advises: the pages of an app without consultants. */
    AssistedBy NOBODY = (ctx, token) -> Optional.empty();

    /** The assisted check behind this token, if the request comes from the consultant who advises it. */
    Optional<Assisted> of(Context ctx, String token);

    /** What the bar shows: the company, the consultant's name, and the address of their overview. */
    record Assisted(String company, String consultantName, String backLink) {
    }
}
