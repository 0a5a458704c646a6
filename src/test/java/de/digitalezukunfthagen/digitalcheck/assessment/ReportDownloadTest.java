package de.digitalezukunfthagen.digitalcheck.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDownloadTest {
    @TempDir
    Path dir;

    private static HttpResponse<byte[]> download(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return all.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError("not a PDF", e);
        }
    }

    @Test
    void the_report_of_an_assessment_shows_the_same_overall_score_as_the_api_in_the_chosen_language() {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String token = AssessmentApiTest.create(web);
                JsonNode result = AssessmentApiTest.json(web.json("PUT", "/api/v1/assessments/" + token + "/answers",
                        "{\"answers\": {\"industry\": \"crafts\", \"employees\": 3, \"plan\": \"ideas\"}}").body());
                String overall = result.at("/overall/score").decimalValue().toPlainString();

                HttpResponse<byte[]> en = download(server.port(), "/api/v1/assessments/" + token + "/report.pdf?lang=en");
                assertThat(en.statusCode()).isEqualTo(200);
                assertThat(en.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
                assertThat(en.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"");
                assertThat(text(en.body())).contains(overall, "At a glance").doesNotContain("How the team answered");

                HttpResponse<byte[]> de = download(server.port(), "/api/v1/assessments/" + token + "/report.pdf?lang=de");
                assertThat(text(de.body())).contains(overall.replace('.', ','), "Das Wichtigste in Kürze");

                HttpResponse<byte[]> full = download(server.port(), "/api/v1/assessments/" + token + "/report.pdf?lang=de&full=1");
                assertThat(full.headers().firstValue("Content-Disposition").orElseThrow()).contains("vollstaendig");
                assertThat(text(full.body())).contains("vollständige Fassung", "Ihre Antworten");
                assertThat(download(server.port(), "/api/v1/assessments/" + token + "/report.pdf?full=yes").statusCode()).isEqualTo(400);
            });
        }
    }

    @Test
    void the_result_page_offers_the_report_in_the_language_of_the_page() {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String token = AssessmentApiTest.create(web);

                assertThat(web.get("/a/" + token + "/result?lang=en").body())
                        .contains("href=\"/api/v1/assessments/" + token + "/report.pdf?lang=en\"", "Download the PDF report");
            });
        }
    }

    @Test
    void an_unknown_token_or_language_gets_a_problem_and_no_pdf() {
        try (TestApp t = TestApp.create(dir)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient web = new WebClient("http://localhost:" + server.port());
                String token = AssessmentApiTest.create(web);

                WebClient.Reply unknown = web.get("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAA/report.pdf");
                assertThat(unknown.status()).isEqualTo(404);
                assertThat(unknown.header("content-type")).startsWith("application/problem+json");

                WebClient.Reply french = web.get("/api/v1/assessments/" + token + "/report.pdf?lang=fr");
                assertThat(french.status()).isEqualTo(400);
                assertThat(french.header("content-type")).startsWith("application/problem+json");
                assertThat(french.body()).contains("\\\"lang\\\" must be one of de, en, not 'fr'");

                web.json("DELETE", "/api/v1/assessments/" + token, "");
                assertThat(web.get("/api/v1/assessments/" + token + "/report.pdf").status()).isEqualTo(404);
            });
        }
    }
}
