package de.digitalezukunfthagen.digitalcheck.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import de.digitalezukunfthagen.digitalcheck.db.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class DeleteWorkshopTest {
    @Parameter
    TestDatabase engine;

    @TempDir
    Path dir;

    private boolean anyDatabaseFileContains(String text) throws IOException {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void a_consultant_deletes_a_workshop_only_after_confirming_and_nothing_of_it_stays_in_the_database_files() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                String base = Fixture.workshop(anna, "Glaserei Quastenflosser");
                Fixture.participant(server.port(), Fixture.code(anna, base), "Kunigunde", "office");
                assertThat(anna.get(base).body()).contains(base + "/delete");

                // without the confirmation the page that asks comes first, and nothing is deleted
                assertThat(anna.postForm(base + "/delete").location()).isEqualTo(base + "/delete");
                assertThat(anna.get(base + "/delete").body()).contains("Workshop löschen?", "endgültig");
                assertThat(anna.get(base).status()).isEqualTo(200);

                WebClient.Reply deleted = anna.postForm(base + "/delete", "confirm", "yes");
                assertThat(deleted.location()).isEqualTo("/consultant?deleted=1");
                assertThat(anna.get("/consultant?deleted=1").body()).contains("Der Workshop wurde gelöscht.")
                        .doesNotContain("Glaserei Quastenflosser");
                assertThat(anna.get(base).status()).isEqualTo(404);
                assertThat(anyDatabaseFileContains("Quastenflosser")).isFalse();
                assertThat(anyDatabaseFileContains("Kunigunde")).isFalse();
            });
        }
    }

    @Test
    void another_consultant_cannot_delete_a_workshop_that_is_not_theirs() {
        try (TestApp t = Fixture.app(dir, engine)) {
            JavalinTest.test(t.app(), (server, client) -> {
                WebClient anna = Fixture.consultant(t, server.port(), "anna@example.org");
                WebClient bert = Fixture.consultant(t, server.port(), "bert@example.org");
                String base = Fixture.workshop(anna, "Glaserei Quastenflosser");

                assertThat(bert.get(base + "/delete").status()).isEqualTo(404);
                assertThat(bert.postForm(base + "/delete", "confirm", "yes").status()).isEqualTo(404);
                assertThat(anna.get(base).status()).isEqualTo(200);
            });
        }
    }
}
