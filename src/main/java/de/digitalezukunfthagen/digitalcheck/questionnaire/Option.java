package de.digitalezukunfthagen.digitalcheck.questionnaire;

/** An answer option of a single or multi question; {@code points} are already resolved by the defaults of the contract. */
public record Option(String id, Text label, double points, boolean na, boolean exclusive, Pos pos) {
}
