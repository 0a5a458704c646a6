package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Catalog;
import de.digitalezukunfthagen.digitalcheck.questionnaire.QuestionnaireLoader;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of the author guide's worked example (docs/example), which uses a cap, a dated
 * recommendation and a verified firm: the reader sees why the level is lower than the score, when
 * the advice was checked, and the firm apart from the neutral contacts.
 */
class VersionTwoReportTest {
    private static ReportText german;
    private static ReportText english;

    @BeforeAll
    static void render() throws Exception {
        Catalog catalog = QuestionnaireLoader.loadDirectory(Path.of("docs/example"));
        AnswersJson.Document answers = AnswersJson.read(catalog,
                Json.mapper().readTree(Files.readString(Path.of("docs/example/antworten.json"))));
        assertThat(answers.problems()).isEmpty();
        german = ReportText.read(PdfReport.render(new ReportInput(answers.questionnaire(), catalog.contacts(), answers.answers(),
                "de", null, LocalDate.of(2026, 11, 27))));
        english = ReportText.read(PdfReport.render(new ReportInput(answers.questionnaire(), catalog.contacts(), answers.answers(),
                "en", null, LocalDate.of(2026, 11, 27))));
    }

    @Test
    void the_cover_names_the_capped_level_and_the_reason_of_the_cap() {
        String cover = ReportText.squash(german.pages().get(0));

        assertThat(cover).contains("Einsteiger").contains("42,6")
                .contains(ReportText.squash("Warum die Stufe nicht höher ist: Ohne tägliche Datensicherung kann ein einziger "
                        + "Ausfall den Betrieb für Wochen lahmlegen."));
        assertThat(english.squashed()).contains(ReportText.squash("Why the level is not higher: Without a daily backup"));
    }

    @Test
    void a_dated_recommendation_says_stand_with_its_date() {
        assertThat(german.squashed()).contains("Stand:20.11.2026");
        assertThat(english.squashed()).contains("Asof:2026-11-20");
        // the undated recommendation carries no date
        assertThat(german.squashed().split("Stand:", -1)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void the_verified_firm_is_listed_apart_after_the_neutral_contacts_under_its_own_heading() {
        String all = german.squashed();
        int neutralIntro = all.indexOf(ReportText.squash(Messages.of("de").get("contacts.intro")));
        int heading = all.indexOf("BeispieleausderInitiative");
        assertThat(neutralIntro).isPositive().isLessThan(heading);
        assertThat(all).contains(ReportText.squash("Sie sind Beispiele, keine Empfehlung: Wenden Sie sich zuerst an die neutralen Stellen oben."));
        assertThat(all.split("BeispielIT-Service", -1)).as("the firm is named once").hasSize(2);
        String page = german.pages().stream().map(ReportText::squash).filter(p -> p.contains("BeispieleausderInitiative"))
                .findFirst().orElseThrow();
        assertThat(page).contains("BeispielIT-Service").contains("HandwerkskammerDortmund");
    }
}
