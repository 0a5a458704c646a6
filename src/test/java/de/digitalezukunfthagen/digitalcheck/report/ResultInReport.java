package de.digitalezukunfthagen.digitalcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Result;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.math.BigDecimal;

/** Checks that a report shows every figure of its result, as the engine computed it. */
final class ResultInReport {
    private ResultInReport() {
    }

    /** The score as the reader writes it, formatted here independently of the report's code. */
    static String formatted(BigDecimal score, String language) {
        String plain = score.toPlainString();
        return "de".equals(language) ? plain.replace('.', ',') : plain;
    }

    static String squash(String text) {
        return ReportText.squash(Style.printable(text));
    }

    static void assertShown(ReportInput input, ReportText pdf) {
        String language = input.language();
        Result result = Scorer.score(input.questionnaire(), input.contacts(), input.answers());
        Questionnaire q = input.questionnaire();
        Messages m = Messages.of(language);

        // the summary table: one row per dimension with title, score and level, then the overall row
        String summary = squash(pdf.page(2));
        for (Result.DimensionScore d : result.dimensions()) {
            String title = q.dimension(d.id()).orElseThrow().title().in(language);
            String row = d.score() == null ? title + m.get("notAssessed")
                    : title + formatted(d.score(), language) + q.level(d.level()).orElseThrow().title().in(language);
            assertThat(summary).as("summary row of %s", d.id()).contains(squash(row));
            // and again at the head of the dimension's own section
            String status = d.score() == null ? title + m.get("notAssessed") : title + formatted(d.score(), language) + m.get("outOf100");
            assertThat(pdf.squashed()).as("section of %s", d.id()).contains(squash(status));
        }
        Result.Score overall = result.overall();
        String overallLevel = overall.level() == null ? m.get("notAssessed") : q.level(overall.level()).orElseThrow().title().in(language);
        String overallScore = overall.score() == null ? m.get("notAssessed") : formatted(overall.score(), language);
        assertThat(summary).contains(squash(m.get("summary.overall") + overallScore + overallLevel));
        // the cover: overall score and level in words
        assertThat(squash(pdf.page(1))).contains(squash(overallScore)).contains(squash(overallLevel));

        for (Result.TriggeredRecommendation r : result.recommendations()) {
            assertThat(pdf.squashed()).as("recommendation %s", r.id())
                    .contains(squash(q.recommendation(r.id()).orElseThrow().title().in(language)));
        }
        for (Result.MatchedContact c : result.contacts()) {
            String name = input.contacts().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().name().in(language);
            assertThat(pdf.squashed()).as("contact %s", c.id()).contains(squash(name));
        }
        for (Result.Lever lever : result.levers()) {
            String question = q.question(lever.question()).orElseThrow().text().in(language);
            assertThat(pdf.squashed()).as("lever %s", lever.question())
                    .contains(squash(question))
                    .contains("+" + formatted(lever.gain(), language));
        }
        String footer = "de".equals(language) ? "Seite %d von %d" : "Page %d of %d";
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(ReportText.normal(pdf.pages().get(page - 1))).contains(String.format(footer, page, pdf.pageCount()));
        }
    }
}
