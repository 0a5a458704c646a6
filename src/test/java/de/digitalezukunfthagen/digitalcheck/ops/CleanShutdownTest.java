package de.digitalezukunfthagen.digitalcheck.ops;

import static org.assertj.core.api.Assertions.assertThat;

import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.Main;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.TestApp;
import de.digitalezukunfthagen.digitalcheck.web.WebClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as the operating system runs it: a process of its own, stopped with SIGTERM while a
 * request is being sent. The request is finished, the process ends, and the database is left as one
 * complete file.
 */
class CleanShutdownTest {
    /** A body sent slowly, but well above the minimum data rate: spaces between JSON tokens. */
    private static final int CHUNK = 2048;
    private static final int CHUNKS_BEFORE = 10;
    private static final int CHUNKS_AFTER = 10;

    @TempDir
    Path dir;

    @Test
    void sigterm_finishes_the_request_in_flight_exits_and_leaves_no_wal_or_shm_file() throws Exception {
        Path db = dir.resolve("serve.db");
        Process server = start(db);
        try {
            int port = port(server);
            WebClient web = new WebClient("http://localhost:" + port);
            WebClient.Reply created = web.json("POST", "/api/v1/assessments",
                    "{\"questionnaire\": \"quick-check\", \"company\": \"Wiedehopf Gartenbau\"}");
            assertThat(created.status()).isEqualTo(201);
            String token = Json.mapper().readTree(created.body()).get("token").asText();

            String start = "{\"answers\": {\"budget\": 7}";
            int length = start.length() + (CHUNKS_BEFORE + CHUNKS_AFTER) * CHUNK + 1;
            try (Socket socket = new Socket("localhost", port)) {
                socket.setSoTimeout(60_000);
                OutputStream out = socket.getOutputStream();
                out.write(("PUT /api/v1/assessments/" + token + "/answers HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n"
                        + start).getBytes(StandardCharsets.US_ASCII));
                sendSpaces(out, CHUNKS_BEFORE);
                server.destroy(); // SIGTERM
                sendSpaces(out, CHUNKS_AFTER);
                out.write('}');
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(response).startsWith("HTTP/1.1 200");
            }
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server process ended").isTrue();
        } finally {
            server.destroyForcibly();
        }
        assertThat(db.resolveSibling("serve.db-wal")).doesNotExist();
        assertThat(db.resolveSibling("serve.db-shm")).doesNotExist();
        try (Database database = Database.open(db)) {
            String answers = database.read(conn -> {
                try (PreparedStatement select = conn.prepareStatement("SELECT answers_json FROM assessment WHERE company = ?")) {
                    select.setString(1, "Wiedehopf Gartenbau");
                    try (ResultSet rs = select.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
            assertThat(answers).isEqualTo("{\"budget\":7}");
        }
    }

    /** Sends {@code chunks} chunks of spaces, about 20 KB a second. */
    private static void sendSpaces(OutputStream out, int chunks) throws IOException, InterruptedException {
        byte[] spaces = " ".repeat(CHUNK).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < chunks; i++) {
            out.write(spaces);
            out.flush();
            Thread.sleep(100);
        }
    }

    private static Process start(Path db) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, Main.class.getName(), "serve", "--port", "0", "--db", db.toString(),
                "--questionnaires", TestApp.FIXTURES.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("DIGITALCHECK_"));
        return builder.start();
    }

    /** The port from the line "Digital-Check Hagen runs at http://localhost:PORT/". */
    private static int port(Process server) throws IOException {
        InputStream output = server.getInputStream();
        BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
        Pattern runs = Pattern.compile("runs at http://localhost:([0-9]+)/");
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = runs.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        lines.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("serve did not start:\n" + seen);
    }
}
