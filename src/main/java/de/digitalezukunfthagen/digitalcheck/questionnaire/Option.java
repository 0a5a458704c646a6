package de.digitalezukunfthagen.digitalcheck.questionnaire;

/**
 * An answer option of a single or multi question; {@code points} are already resolved by the defaults
 * of the contract. {@code na} ("does not apply") makes the question not count; {@code unknown} ("don't
 * know") makes it count with 0 points. Both stand alone in a multi answer.
 */
public record Option(String id, Text label, double points, boolean na, boolean unknown, boolean exclusive, Pos pos) {

    /** Whether this option can be chosen only on its own. */
    public boolean standsAlone() {
        return exclusive || na || unknown;
    }
}
