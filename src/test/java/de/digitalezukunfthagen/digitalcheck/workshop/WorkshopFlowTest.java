package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.digitalezukunfthagen.digitalcheck.Json;
import de.digitalezukunfthagen.digitalcheck.auth.TestApp;
import de.digitalezukunfthagen.digitalcheck.auth.Visitor;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkshopFlowTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;

    @Test
    void aWholeWorkshopFromCreationToTheConsensusReport() {
        TestApp t = TestApp.create(dir);
        t.addConsultant("anna@example.org", "Anna", PASSWORD);
        JavalinTest.test(t.app(), (server, client) -> {
            Visitor anna = new Visitor(server.port()).login("anna@example.org", PASSWORD);
            assertThat(anna.get("/consultant").body()).contains("Ihre Workshops", "Mini-Check");
            Visitor.Response created = anna.post("/consultant/workshops", "company", "Tischlerei Nowak", "questionnaire", "mini-check");
            assertThat(created.code()).isEqualTo(303);
            String base = created.location().replace("/profile", "");
            Visitor.Response profilePage = anna.follow(created);
            assertThat(profilePage.code()).as(profilePage.body()).isEqualTo(200);
            assertThat(anna.post(base + "/profile", "shown", "industry", "shown", "employees", "q.industry", "crafts",
                    "q.employees", "12").code()).isEqualTo(303);
            Visitor.Response overview = anna.get(base);
            assertThat(overview.code()).as(overview.body()).isEqualTo(200);
            Matcher m = Pattern.compile("class=\"code big\">([A-Z2-9]{6})<").matcher(overview.body());
            assertThat(m.find()).isTrue();
            String code = m.group(1);

            Visitor bea = new Visitor(server.port());
            Visitor.Response join = bea.get("/w/" + code);
            assertThat(join.code()).as(join.body()).isEqualTo(200);
            Visitor.Response joined = bea.post("/w/" + code + "/join", "name", "Bea", "role", "office");
            assertThat(joined.code()).as(joined.body()).isEqualTo(303);
            Visitor.Response step1 = bea.follow(joined);
            assertThat(step1.code()).as(step1.body()).isEqualTo(200);
            assertThat(bea.post("/w/" + code + "/step/1", "shown", "plan", "shown", "budget", "q.plan", "none", "q.budget", "no").location())
                    .isEqualTo("/w/" + code + "/step/2");
            Visitor.Response step2 = bea.get("/w/" + code + "/step/2");
            assertThat(step2.code()).as(step2.body()).isEqualTo(200);
            assertThat(bea.get("/w/" + code + "/review").code()).isEqualTo(200);
            assertThat(bea.post("/w/" + code + "/finish").location()).isEqualTo("/w/" + code + "/mine");
            Visitor.Response mine = bea.get("/w/" + code + "/mine");
            assertThat(mine.code()).as(mine.body()).isEqualTo(200);

            Visitor carl = new Visitor(server.port());
            carl.post("/w/" + code + "/join", "name", "", "role", "");
            carl.post("/w/" + code + "/step/1", "shown", "plan", "shown", "budget", "q.plan", "written", "q.budget", "yes");

            Visitor.Response live = anna.get(base + "/live");
            assertThat(live.code()).as(live.body()).isEqualTo(200);
            Visitor.Response json = anna.get(base + "/live.json");
            assertThat(json.code()).as(json.body()).isEqualTo(200);
            JsonNode data = Json.mapper().readTree(json.body());
            assertThat(data.get("joined").asInt()).isEqualTo(2);
            Visitor.Response projector = anna.get(base + "/projector");
            assertThat(projector.code()).as(projector.body()).isEqualTo(200);
            Visitor.Response consensus = anna.get(base + "/consensus/1");
            assertThat(consensus.code()).as(consensus.body()).isEqualTo(200);
            Visitor.Response summary = anna.get(base + "/consensus");
            assertThat(summary.code()).as(summary.body()).isEqualTo(200);
            Visitor.Response pdf = anna.get(base + "/report.pdf");
            assertThat(pdf.code()).as(pdf.body()).isEqualTo(200);
            assertThat(anna.get(base + "/answers.csv").code()).isEqualTo(200);
            assertThat(anna.get(base + "/answers.json").code()).isEqualTo(200);
            assertThat(anna.get(base + "/qr.svg").code()).isEqualTo(200);
            assertThat(anna.get("/consultant").code()).isEqualTo(200);
        });
    }
}
