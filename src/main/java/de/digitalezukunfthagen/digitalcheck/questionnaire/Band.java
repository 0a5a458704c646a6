package de.digitalezukunfthagen.digitalcheck.questionnaire;

/** A band of a scored number question: a value of at least {@code min} earns {@code points}. */
public record Band(double min, double points) {
}
