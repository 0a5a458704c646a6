package de.digitalezukunfthagen.digitalcheck.questionnaire;

public record Level(String id, double min, Text title, Text description, Pos pos) {
}
