package de.digitalezukunfthagen.digitalcheck.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Dimension;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Recommendation;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped full check's result page over HTTP, for the salon of four: every step of the 90-day plan
 * says who does it, how much work it is and what it costs, and every area says what its level means.
 */
class ShippedResultPageTest {
    @TempDir
    Path dir;

    @Test
    void every_plan_step_names_who_effort_and_cost_and_every_area_what_its_level_means() throws Exception {
        Questionnaire check = ShippedContent.digitalCheck();
        try (TestApp t = TestApp.create(dir, ShippedContent.outcome().catalog())) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient(server.port());
                String token = created(web, check, Personas.salon());
                JsonNode result = result(web, token);
                String page = web.get("/a/" + token + "/result").body();

                assertThat(result.get("plan")).hasSizeBetween(5, 7);
                for (JsonNode id : result.get("plan")) {
                    Recommendation step = check.recommendations().stream()
                            .filter(r -> r.id().equals(id.asText())).findFirst().orElseThrow();
                    assertThat(page).as("plan step %s", step.id())
                            .contains("Wer: " + html(step.effort().owner().in("de")))
                            .contains("Aufwand: " + html(step.effort().effort().in("de")))
                            .contains("Kosten: " + html(step.effort().cost().in("de")));
                }
                for (JsonNode dimension : result.get("dimensions")) {
                    Dimension area = check.dimensions().stream()
                            .filter(d -> d.id().equals(dimension.get("id").asText())).findFirst().orElseThrow();
                    String level = dimension.get("level").asText();
                    assertThat(page).as("level text of %s at %s", area.id(), level)
                            .contains(html(area.levelTexts().get(level).in("de")));
                }
            });
        }
    }

    @Test
    void the_quick_checks_result_on_a_phone_shows_score_and_plan_first_and_folds_what_is_for_later() throws Exception {
        Questionnaire check = ShippedContent.quickCheck();
        try (TestApp t = TestApp.create(dir, ShippedContent.outcome().catalog())) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient(server.port());
                String token = created(web, check, Personas.roofer());
                JsonNode result = result(web, token);
                for (String lang : new String[] {"de", "en"}) {
                    String page = web.get("/a/" + token + "/result?lang=" + lang).body();
                    String firstStep = "id=\"rec-" + result.get("plan").get(0).asText() + "\"";
                    // the first screen: the score, the PDF button, then the plan; what the level means is one tap away
                    assertThat(page).as(lang).containsSubsequence("id=\"overall-title\"", "class=\"big-score\"",
                            "<details class=\"more level-meaning\">", "report.pdf?lang=" + lang + "\" download",
                            "id=\"plan-title\"", firstStep, "id=\"dims-title\"", "id=\"contacts-title\"", "id=\"else-title\"");
                    String summary = page.substring(page.indexOf("id=\"overall-title\""), page.indexOf("id=\"plan-title\""));
                    assertThat(summary).as("the long report's hint waits at the end").doesNotContain("full=1");
                    assertThat(page.substring(page.indexOf("id=\"else-title\""))).contains("report.pdf?lang=" + lang + "&amp;full=1");
                    // the appendix, the contacts beyond the first three and the list of steps are folded
                    assertThat(page).contains("<details class=\"everything-else\">")
                            .contains("<details class=\"steps-fold\"><summary><h2 id=\"steps-title\"");
                    int contacts = result.get("contacts").size();
                    assertThat(contacts).as("the roofer has more contacts than are shown unfolded").isGreaterThan(3);
                    String folded = page.substring(page.indexOf("<details class=\"more-recs more-contacts\">"), page.indexOf("id=\"else-title\""));
                    assertThat(folded.split("<li class=\"card contact\">", -1)).hasSize(contacts - 3 + 1);
                    assertThat(page.split("<details class=\"more offer\">", -1)).hasSizeGreaterThan(contacts);
                }
            });
        }
    }

    /** Creates a complete check of {@code persona} through the API; returns its token. */
    private static String created(WebClient web, Questionnaire check, AnswerSheet persona) throws Exception {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("questionnaire", check.id());
        body.set("answers", AnswersJson.toJson(persona.to(check, true)));
        WebClient.Reply created = web.json("POST", "/api/v1/assessments", body.toString());
        assertThat(created.status()).isEqualTo(201);
        return Json.mapper().readTree(created.body()).get("token").asText();
    }

    private static JsonNode result(WebClient web, String token) throws Exception {
        return Json.mapper().readTree(web.get("/api/v1/assessments/" + token).body()).get("result");
    }

    /** As Pebble's autoescaping writes it. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
