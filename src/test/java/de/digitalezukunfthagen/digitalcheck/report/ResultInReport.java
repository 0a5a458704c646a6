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

        // the profile: one row per dimension with title, score and level, then the overall row
        String profile = squash(pdf.page(pageOf(pdf, m.get("profile.title"))));
        for (Result.DimensionScore d : result.dimensions()) {
            String title = q.dimension(d.id()).orElseThrow().title().in(language);
            String row = d.score() == null ? title : title + formatted(d.score(), language) + q.level(d.level()).orElseThrow().title().in(language);
            assertThat(profile).as("profile row of %s", d.id()).contains(squash(row));
        }
        Result.Score overall = result.overall();
        String overallLevel = overall.level() == null ? m.get("notAssessed") : q.level(overall.level()).orElseThrow().title().in(language);
        String overallScore = overall.score() == null ? m.get("notAssessed") : formatted(overall.score(), language);
        if (overall.score() != null) {
            assertThat(profile).contains(squash(m.get("summary.overall") + overallScore + overallLevel));
        }
        // page 1: overall score and level in words
        assertThat(squash(pdf.page(1))).contains(squash(overallScore)).contains(squash(overallLevel));

        // the long report names every recommendation; the short one at least those of the plan
        java.util.Set<String> plan = new java.util.HashSet<>(ReportPlan.of(input));
        for (Result.TriggeredRecommendation r : result.recommendations()) {
            if (input.full() || plan.contains(r.id())) {
                assertThat(pdf.squashed()).as("recommendation %s", r.id())
                        .contains(squash(q.recommendation(r.id()).orElseThrow().title().in(language)));
            }
        }
        for (Result.MatchedContact c : result.contacts()) {
            var contact = input.contacts().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
            if (contact.neutral() || contact.verified()) {
                assertThat(pdf.squashed()).as("contact %s", c.id()).contains(squash(contact.name().in(language)));
            } else {
                assertThat(pdf.squashed()).as("unconfirmed firm %s", c.id()).doesNotContain(squash(contact.name().in(language)));
            }
        }
        java.util.Set<String> planned = new java.util.HashSet<>();
        for (Result.TriggeredRecommendation r : result.recommendations()) {
            if (plan.contains(r.id())) {
                planned.add(r.dimension());
            }
        }
        int shown = 0;
        for (Result.Lever lever : result.levers()) {
            String question = squash(q.question(lever.question()).orElseThrow().text().in(language));
            if (!planned.isEmpty() && !planned.contains(lever.dimension())) {
                continue; // levers point only where the plan points
            }
            if (input.full() || shown < LeversSection.TIGHT) {
                assertThat(pdf.squashed()).as("lever %s", lever.question()).contains(question)
                        .contains("+" + formatted(lever.gain(), language));
            }
            shown++;
        }
        String footer = "de".equals(language) ? "Seite %d von %d" : "Page %d of %d";
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(pdf.framedPage(page)).contains(String.format(footer, page, pdf.pageCount()));
        }
    }

    /** The first page whose text contains {@code heading}. */
    static int pageOf(ReportText pdf, String heading) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (squash(pdf.page(page)).contains(squash(heading))) {
                return page;
            }
        }
        throw new AssertionError("no page has " + heading);
    }
}
