package de.digitalezukunfthagen.digitalcheck.questionnaire;

public record Link(Text title, String url) {
}
