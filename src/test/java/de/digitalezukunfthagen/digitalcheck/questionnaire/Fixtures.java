package de.digitalezukunfthagen.digitalcheck.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes small YAML fixtures into a temporary folder and loads them through the real loader. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code check.yaml} and loads it alone. */
    public static QuestionnaireLoader.Outcome load(Path dir, String yaml) {
        return QuestionnaireLoader.load(List.of(write(dir, "check.yaml", yaml)));
    }

    /** Writes {@code check.yaml} (and {@code contacts.yaml} if given) and loads the folder; fails the test on any problem. */
    public static Catalog catalog(Path dir, String questionnaire, String contacts) {
        write(dir, "check.yaml", questionnaire);
        if (contacts != null) {
            write(dir, QuestionnaireLoader.CONTACTS_FILE, contacts);
        }
        QuestionnaireLoader.Outcome outcome = QuestionnaireLoader.load(List.of(dir));
        assertThat(outcome.problems()).as("problems of the fixture").isEmpty();
        return outcome.catalog();
    }

    /** The one questionnaire of a valid {@code check.yaml}. */
    public static Questionnaire questionnaire(Path dir, String yaml) {
        return catalog(dir, yaml, null).find("check").orElseThrow();
    }

    /** Problems as {@code LINE:COLUMN: message}, without the file, for compact assertions. */
    public static List<String> located(List<Problem> problems) {
        return problems.stream().map(p -> p.line() + ":" + p.column() + ": " + p.message()).collect(Collectors.toList());
    }
}
