package de.digitalezukunfthagen.digitalcheck.questionnaire;

/** A place in a YAML file, 1-based, so that messages can point at the offending key or value. */
public record Pos(int line, int column) {
    public static final Pos UNKNOWN = new Pos(0, 0);
}
