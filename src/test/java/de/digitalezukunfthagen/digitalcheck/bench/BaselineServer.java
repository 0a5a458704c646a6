package de.digitalezukunfthagen.digitalcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The bare stack the app is compared with: Javalin + SQLite + Pebble + OpenPDF doing the same I/O as
 * the app and nothing else, started in its own JVM by {@link SpeedBenchmark}. The sizes come from the
 * app in the same run, so both answer with the same number of bytes:
 * <ul>
 *   <li>{@code PUT /api/answers/{token}}: parses the JSON body, inserts it into SQLite in one
 *       transaction (one writer connection, WAL, like the app) and answers with a JSON document of the
 *       size of the app's answer to a save, serialised for each request;</li>
 *   <li>{@code GET /step/{token}} and {@code GET /result/{token}}: reads one row by key and renders a
 *       Pebble page (autoescaping and strict variables, like the app) of the size of the app's page;</li>
 *   <li>{@code GET /report/{token}}: reads one row and writes an OpenPDF document with as many pages
 *       as the app's report, embedded subset DejaVu Sans (the app's font) and full compression like the app;</li>
 *   <li>{@code GET /}: a small page, for the time from start to the first 200.</li>
 * </ul>
 * Arguments: {@code port database-file save-answer-bytes step-page-bytes result-page-bytes report-pages}.
 */
public final class BaselineServer {
    private static final int READERS = 4;
    private static final String WORDS = "Digitalisierung Betrieb Rechnung Kunden Daten Sicherung Werkstatt Angebot "
            + "Planung Mitarbeitende Software Prozess Auftrag Lager Zeit Schritt Ergebnis Empfehlung ";

    private final ObjectMapper mapper = new ObjectMapper();
    private final SQLiteDataSource dataSource;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    private final PebbleTemplate page;
    private final ObjectNode saveAnswer;
    private final Map<String, Object> stepModel;
    private final Map<String, Object> resultModel;
    private final int reportPages;
    private final BaseFont regular;
    private final BaseFont bold;

    private BaselineServer(String dbFile, int saveBytes, int stepBytes, int resultBytes, int reportPages)
            throws SQLException, IOException, DocumentException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(5000);
        dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + dbFile);
        writer = dataSource.getConnection();
        try (Statement s = writer.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS saves (id INTEGER PRIMARY KEY, token TEXT NOT NULL, "
                    + "body TEXT NOT NULL, saved_at INTEGER NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS saves_token ON saves (token)");
            s.execute("INSERT INTO saves (token, body, saved_at) VALUES ('seed', '{}', 0)");
        }
        for (int i = 0; i < READERS; i++) {
            readers.add(dataSource.getConnection());
        }
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("de/digitalezukunfthagen/digitalcheck/bench");
        PebbleEngine engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).build();
        page = engine.getTemplate("baseline-page.peb");
        saveAnswer = jsonOfSize(saveBytes);
        stepModel = modelOfSize(stepBytes);
        resultModel = modelOfSize(resultBytes);
        this.reportPages = reportPages;
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        BaselineServer server = new BaselineServer(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Integer.parseInt(args[5]));
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/", server::home);
            config.routes.put("/api/answers/{token}", server::save);
            config.routes.get("/step/{token}", ctx -> server.page(ctx, server.stepModel));
            config.routes.get("/result/{token}", ctx -> server.page(ctx, server.resultModel));
            config.routes.get("/report/{token}", server::report);
        }).start("127.0.0.1", port);
    }

    private void home(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", "de");
        model.put("title", "Digital-Check");
        model.put("token", "start");
        model.put("items", List.of());
        model.put("padding", "");
        ctx.html(render(model));
    }

    private void save(Context ctx) throws IOException {
        JsonNode body = mapper.readTree(ctx.bodyAsBytes());
        if (body == null || !body.path("answers").isObject()) {
            ctx.status(400).result("\"answers\" must be an object");
            return;
        }
        String token = ctx.pathParam("token");
        String stored = mapper.writeValueAsString(body.get("answers"));
        writeLock.lock();
        try (Statement tx = writer.createStatement()) {
            tx.execute("BEGIN IMMEDIATE");
            try (PreparedStatement insert = writer.prepareStatement(
                    "INSERT INTO saves (token, body, saved_at) VALUES (?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, stored);
                insert.setLong(3, System.currentTimeMillis());
                insert.executeUpdate();
                tx.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                tx.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            writeLock.unlock();
        }
        ctx.contentType("application/json");
        ctx.result(mapper.writeValueAsBytes(saveAnswer));
    }

    private void page(Context ctx, Map<String, Object> sized) {
        Map<String, Object> model = new HashMap<>(sized);
        model.put("token", readRow(ctx.pathParam("token")));
        ctx.html(render(model));
    }

    private void report(Context ctx) throws DocumentException {
        String token = readRow(ctx.pathParam("token"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
        Document document = new Document(PageSize.A4, 56, 56, 64, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setFullCompression();
        Font h1 = new Font(bold, 17, Font.NORMAL);
        Font h2 = new Font(bold, 12, Font.NORMAL);
        Font body = new Font(regular, 10, Font.NORMAL);
        Font small = new Font(regular, 8.5f, Font.NORMAL);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase("Digital-Check · " + token + " · Seite " + w.getPageNumber(), small),
                        d.right(), d.bottom() - 24, 0);
            }
        });
        document.open();
        for (int p = 1; p <= reportPages; p++) {
            if (p > 1) {
                document.newPage();
            }
            document.add(new Paragraph("Abschnitt " + p + ": " + words(4, p), h1));
            for (int i = 0; i < 4; i++) {
                document.add(new Paragraph(words(6, p + i), h2));
                Paragraph text = new Paragraph(words(48, p * 7 + i), body);
                text.setSpacingAfter(6);
                document.add(text);
            }
            PdfPTable table = new PdfPTable(new float[] {3, 1, 1});
            table.setWidthPercentage(100);
            for (int r = 0; r < 6; r++) {
                table.addCell(new Phrase(words(5, p + r), body));
                table.addCell(new Phrase(Integer.toString(r * 17 % 100) + " %", body));
                table.addCell(new Phrase(new Chunk("Stufe " + (r % 5 + 1), body)));
            }
            document.add(table);
        }
        document.close();
        ctx.contentType("application/pdf");
        ctx.result(out.toByteArray());
    }

    private String readRow(String token) {
        Connection connection;
        try {
            connection = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT body FROM saves WHERE id = 1")) {
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? token : "";
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            readers.add(connection);
        }
    }

    private String render(Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            page.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A page model whose rendering has {@code bytes} bytes for a token of 24 characters (the length of the app's):
     * as many question blocks as fit, then padding for the rest.
     */
    private Map<String, Object> modelOfSize(int bytes) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", "de");
        model.put("title", "Digital-Check Hagen");
        model.put("token", "x".repeat(24));
        model.put("padding", "");
        List<Map<String, Object>> items = new ArrayList<>();
        model.put("items", items);
        int empty = size(model);
        items.add(item(0));
        int perItem = size(model) - empty;
        items.clear();
        for (int i = 0; empty + (i + 1) * perItem <= bytes; i++) {
            items.add(item(i));
        }
        model.put("padding", "p".repeat(Math.max(0, bytes - size(model))));
        return Map.copyOf(model);
    }

    private static Map<String, Object> item(int i) {
        return Map.of("id", "question-" + (1000 + i % 9000), "title", words(8, i), "text", words(24, i + 3),
                "options", List.of(words(3, i), words(3, i + 1), words(3, i + 2), words(3, i + 5)));
    }

    private int size(Map<String, Object> model) {
        return render(model).getBytes(StandardCharsets.UTF_8).length;
    }

    /** A JSON object of exactly {@code bytes} bytes when serialised, shaped like a result. */
    private ObjectNode jsonOfSize(int bytes) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("complete", true);
        ArrayNode dimensions = root.putArray("dimensions");
        root.put("padding", "");
        int empty = mapper.writeValueAsBytes(root).length;
        int perItem = mapper.writeValueAsBytes(dimension(0)).length + 1;
        for (int i = 0; empty + (i + 1) * perItem <= bytes; i++) {
            dimensions.add(dimension(i));
        }
        root.put("padding", "p".repeat(Math.max(0, bytes - mapper.writeValueAsBytes(root).length)));
        return root;
    }

    private ObjectNode dimension(int i) {
        ObjectNode d = mapper.createObjectNode();
        d.put("id", "dimension-" + (100 + i % 900));
        d.put("score", 37.5 + i % 50);
        d.put("level", i % 5 + 1);
        d.put("label", words(4, i));
        return d;
    }

    private static String words(int count, int seed) {
        String[] all = WORDS.trim().split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(all[(seed * 7 + i * 3) % all.length]);
        }
        return text.toString();
    }

    private static BaseFont font(String file) throws IOException, DocumentException {
        try (InputStream in = BaselineServer.class.getClassLoader().getResourceAsStream("fonts/dejavu/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font fonts/dejavu/" + file + " is missing (the app's report font)");
            }
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            font.setSubset(true);
            return font;
        }
    }
}
