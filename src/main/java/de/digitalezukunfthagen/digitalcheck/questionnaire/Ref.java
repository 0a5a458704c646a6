package de.digitalezukunfthagen.digitalcheck.questionnaire;

/** An id that refers to another element (a question, option, dimension or level), with where it was written. */
public record Ref(String id, Pos pos) {
}
