package de.digitalezukunfthagen.digitalcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.digitalezukunfthagen.digitalcheck.common.AppConfig;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.assessment.QuestionnaireVersions;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.questionnaire.BundledQuestionnaires;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Contact;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswerParser;
import de.digitalezukunfthagen.digitalcheck.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * {@code migrate-db}: copies every row of a SQLite file into an empty PostgreSQL database, in one
 * transaction that is committed only when the copy is verified: the same number of rows in every
 * table, and every assessment scored by the engine to the same result on both sides.
 *
 * <p>The tables and their columns are read from the migrated target, so tables that later migrations
 * add are copied without a change here; foreign keys decide the order.
 */
public final class MigrateDbCommand implements Cli.Command {
    static final int FAILED = 1;
    private static final int BATCH = 500;
    private static final String HISTORY = Database.MIGRATION_HISTORY;

    @Override
    public String summary() {
        return "copy all data of a SQLite file into an empty PostgreSQL database";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar digitalcheck.jar migrate-db --from FILE --to URL [--questionnaires DIR]

                Copies all data (assessments, questionnaire versions, consultants, workshops, ...) from the
                SQLite file FILE into the PostgreSQL database URL (jdbc:postgresql://HOST:PORT/DATABASE),
                with the user and password in DIGITALCHECK_DB_USER and DIGITALCHECK_DB_PASSWORD.
                Both databases are first migrated to this version's schema. The target must be empty:
                a database that already holds data is refused. The copy is one transaction; it is kept
                only when every table has as many rows as in the file and every assessment scores to the
                same result on both sides. Stop the server that uses the file first.
                --questionnaires as for serve (the contacts that results refer to).

                Example:
                  DIGITALCHECK_DB_USER=check DIGITALCHECK_DB_PASSWORD=... java -jar digitalcheck.jar \\
                    migrate-db --from data/digitalcheck.db --to jdbc:postgresql://db.internal:5432/check""";
    }

    @Override
    public int run(String[] args, Cli.Streams io) throws Exception {
        Options options = Options.parse(args, Set.of("from", "to", "questionnaires"));
        if (!options.positional().isEmpty()) {
            throw new Cli.UsageException("unexpected argument '" + options.positional().get(0) + "'");
        }
        Path from = Path.of(options.required("from"));
        String to = options.required("to");
        if (!Files.isRegularFile(from)) {
            throw new Cli.UsageException("--from: there is no SQLite file " + from);
        }
        if (!Database.isPostgresql(to)) {
            throw new Cli.UsageException("--to must be a PostgreSQL URL such as jdbc:postgresql://localhost:5432/check, not '"
                    + Database.withoutQuery(to) + "'");
        }
        Path questionnaires = options.get("questionnaires") != null ? Path.of(options.get("questionnaires"))
                : AppConfig.fromEnvironment(io.env()).questionnaires();
        List<Contact> contacts = BundledQuestionnaires.load(questionnaires).contacts();
        String user = io.env().get(Database.ENV_USER);
        String password = io.env().get(Database.ENV_PASSWORD);

        long started = System.nanoTime();
        try (Database target = Database.open(to, user, password)) {
            // opened for its migration only: the copy runs on one connection of its own
        }
        try (Database source = Database.open(from);
             Connection target = connect(to, user, password)) {
            Copy copy = new Copy(source, target, contacts);
            String refusal = copy.refusal();
            if (refusal != null) {
                io.err().println("migrate-db: " + refusal + "; nothing was copied");
                return FAILED;
            }
            Report report;
            try {
                report = copy.run();
            } catch (Mismatch e) {
                target.rollback();
                io.err().println("migrate-db: the copy differs from the file, so nothing was kept: " + e.getMessage());
                return FAILED;
            } catch (SQLException | RuntimeException e) {
                target.rollback();
                throw e;
            }
            target.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            io.out().printf("Copied %d rows of %d tables from %s to %s in %.1f s (copy %.1f s, verification %.1f s); row "
                    + "counts match, and %d assessments score the same on both.%n", report.rows(), report.tables(), from,
                    Database.withoutQuery(to), seconds, report.copySeconds(), report.verifySeconds(), report.assessments());
            return Cli.OK;
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        // many single-row INSERTs of a batch travel as a few multi-row INSERTs
        properties.setProperty("reWriteBatchedInserts", "true");
        Connection conn = DriverManager.getConnection(url, properties);
        conn.setAutoCommit(false);
        return conn;
    }

    record Report(long rows, int tables, long assessments, double copySeconds, double verifySeconds) {
    }

    /** The copy does not match the file. */
    static final class Mismatch extends Exception {
        Mismatch(String message) {
            super(message);
        }
    }

    private record Column(String name, String type, boolean identity) {
    }

    /** One run: the target's tables in the order their foreign keys need. */
    private static final class Copy {
        private final Database source;
        private final Connection target;
        private final List<Contact> contacts;
        private final Map<String, List<Column>> tables;

        Copy(Database source, Connection target, List<Contact> contacts) throws SQLException {
            this.source = source;
            this.target = target;
            this.contacts = contacts;
            this.tables = tablesInOrder(target);
        }

        /** Why the target cannot take the copy, or null. */
        String refusal() throws SQLException {
            for (String table : tables.keySet()) {
                try (Statement s = target.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                    if (rs.next()) {
                        return "the target database is not empty (table " + table + " has rows); migrate-db copies only into "
                                + "an empty database";
                    }
                }
            }
            return null;
        }

        Report run() throws SQLException, Mismatch {
            long started = System.nanoTime();
            long rows = 0;
            for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
                rows += copy(table.getKey(), table.getValue());
            }
            long copiedAt = System.nanoTime();
            for (Map.Entry<String, List<Column>> table : tables.entrySet()) {
                restartIdentity(table.getKey(), table.getValue());
                long inFile = source.read(conn -> count(conn, table.getKey()));
                long copied = count(target, table.getKey());
                if (inFile != copied) {
                    throw new Mismatch("table " + table.getKey() + " has " + inFile + " rows in the file and " + copied + " in the copy");
                }
            }
            long assessments = compareResults();
            return new Report(rows, tables.size(), assessments, (copiedAt - started) / 1e9, (System.nanoTime() - copiedAt) / 1e9);
        }

        private long copy(String table, List<Column> columns) throws SQLException {
            String names = String.join(", ", columns.stream().map(Column::name).toList());
            String marks = String.join(", ", columns.stream().map(c -> "?").toList());
            return source.read(conn -> {
                long copied = 0;
                try (Statement select = conn.createStatement();
                     ResultSet rs = select.executeQuery("SELECT " + names + " FROM " + table);
                     PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
                    while (rs.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            set(insert, i + 1, columns.get(i), rs);
                        }
                        insert.addBatch();
                        if (++copied % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                return copied;
            });
        }

        /** One value in the target column's type (SQLite hands out what was stored; PostgreSQL wants its declared type). */
        private static void set(PreparedStatement insert, int index, Column column, ResultSet rs) throws SQLException {
            Object value = rs.getObject(index);
            if (value == null) {
                insert.setNull(index, switch (column.type()) {
                    case "bigint" -> Types.BIGINT;
                    case "integer", "smallint" -> Types.INTEGER;
                    case "boolean" -> Types.BOOLEAN;
                    case "double precision", "real", "numeric" -> Types.NUMERIC;
                    default -> Types.VARCHAR;
                });
                return;
            }
            switch (column.type()) {
                case "bigint" -> insert.setLong(index, rs.getLong(index));
                case "integer", "smallint" -> insert.setInt(index, rs.getInt(index));
                case "boolean" -> insert.setBoolean(index, rs.getBoolean(index));
                case "double precision", "real", "numeric" -> insert.setBigDecimal(index, rs.getBigDecimal(index));
                default -> insert.setString(index, rs.getString(index));
            }
        }

        /** The next generated id follows the copied ones. */
        private void restartIdentity(String table, List<Column> columns) throws SQLException {
            for (Column c : columns) {
                if (c.identity()) {
                    try (Statement s = target.createStatement();
                         ResultSet rs = s.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', '" + c.name()
                                 + "'), coalesce((SELECT max(" + c.name() + ") FROM " + table + "), 0) + 1, false)")) {
                        rs.next();
                    }
                }
            }
        }

        private static long count(Connection conn, String table) throws SQLException {
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        /** One assessment as read from one side: its questionnaire version and its answers. */
        private record Stored(long id, String questionnaireId, int version, String answers) {
            static Stored of(ResultSet rs) throws SQLException {
                return new Stored(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4));
            }
        }

        /**
         * Scores every assessment in the file and in the copy (each side with its own stored
         * questionnaire versions) and compares the results, row by row in the order of their ids. The
         * engine's levers make scoring the costly part, so each chunk of rows is scored on all cores.
         */
        private long compareResults() throws SQLException, Mismatch {
            Map<String, Questionnaire> inFile = source.read(Copy::snapshots);
            Map<String, Questionnaire> copied = snapshots(target);
            String sql = "SELECT id, questionnaire_id, questionnaire_version, answers_json FROM assessment ORDER BY id";
            long[] compared = {0};
            String[] difference = {null};
            source.read(conn -> {
                try (Statement fileSelect = conn.createStatement(); ResultSet file = fileSelect.executeQuery(sql);
                     Statement copySelect = target.createStatement()) {
                    copySelect.setFetchSize(1000);
                    try (ResultSet copy = copySelect.executeQuery(sql)) {
                        List<Stored[]> chunk = new ArrayList<>();
                        while (difference[0] == null && file.next()) {
                            if (!copy.next() || copy.getLong(1) != file.getLong(1)) {
                                difference[0] = "assessment " + file.getLong(1) + " is missing in the copy";
                                break;
                            }
                            chunk.add(new Stored[] {Stored.of(file), Stored.of(copy)});
                            if (chunk.size() == 1000) {
                                difference[0] = firstDifference(chunk, inFile, copied);
                                compared[0] += chunk.size();
                                chunk.clear();
                            }
                        }
                        if (difference[0] == null) {
                            difference[0] = firstDifference(chunk, inFile, copied);
                            compared[0] += chunk.size();
                        }
                    }
                }
                return null;
            });
            if (difference[0] != null) {
                throw new Mismatch(difference[0]);
            }
            return compared[0];
        }

        private String firstDifference(List<Stored[]> pairs, Map<String, Questionnaire> inFile, Map<String, Questionnaire> copied) {
            return pairs.parallelStream()
                    .filter(pair -> !result(inFile, pair[0]).equals(result(copied, pair[1])))
                    .map(pair -> "assessment " + pair[0].id() + " scores differently in the copy")
                    .findFirst().orElse(null);
        }

        private static Map<String, Questionnaire> snapshots(Connection conn) throws SQLException {
            Map<String, Questionnaire> all = new HashMap<>();
            try (Statement s = conn.createStatement();
                 ResultSet rs = s.executeQuery("SELECT questionnaire_id, version, source_yaml FROM questionnaire_snapshot")) {
                while (rs.next()) {
                    all.put(rs.getString(1) + "@" + rs.getInt(2), QuestionnaireVersions.parseSnapshot(rs.getString(1), rs.getInt(2),
                            rs.getString(3)));
                }
            }
            return all;
        }

        /** The engine's result as JSON, or a note of why there is none (the same on both sides for an equal copy). */
        private String result(Map<String, Questionnaire> versions, Stored row) {
            Questionnaire q = versions.get(row.questionnaireId() + "@" + row.version());
            if (q == null) {
                return "no questionnaire " + row.questionnaireId() + "@" + row.version();
            }
            try {
                AnswerParser.Parsed parsed = AnswerParser.parse(q, Json.mapper().readTree(row.answers()));
                if (!parsed.valid()) {
                    return "unreadable answers: " + row.answers();
                }
                return Json.mapper().writeValueAsString(Scorer.score(q, contacts, parsed.answers()));
            } catch (JsonProcessingException e) {
                return "unreadable answers: " + row.answers();
            }
        }

        /** The tables of the target (without Flyway's history), each after the tables its foreign keys point to. */
        private static Map<String, List<Column>> tablesInOrder(Connection conn) throws SQLException {
            Map<String, List<Column>> columns = new LinkedHashMap<>();
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT c.table_name, c.column_name, c.data_type, c.is_identity
                    FROM information_schema.columns c JOIN information_schema.tables t
                      ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                    ORDER BY c.table_name, c.ordinal_position""")) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(HISTORY)) {
                        columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                                .add(new Column(rs.getString(2), rs.getString(3), "YES".equals(rs.getString(4))));
                    }
                }
            }
            Map<String, Set<String>> needs = new HashMap<>();
            try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT child.relname, parent.relname
                    FROM pg_constraint k JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid
                    JOIN pg_namespace n ON n.oid = child.relnamespace
                    WHERE k.contype = 'f' AND n.nspname = current_schema()""")) {
                while (rs.next()) {
                    if (!rs.getString(1).equals(rs.getString(2))) {
                        needs.computeIfAbsent(rs.getString(1), t -> new LinkedHashSet<>()).add(rs.getString(2));
                    }
                }
            }
            Map<String, List<Column>> ordered = new LinkedHashMap<>();
            while (ordered.size() < columns.size()) {
                int before = ordered.size();
                for (String table : columns.keySet()) {
                    if (!ordered.containsKey(table) && ordered.keySet().containsAll(needs.getOrDefault(table, Set.of()))) {
                        ordered.put(table, columns.get(table));
                    }
                }
                if (ordered.size() == before) {
                    throw new IllegalStateException("the foreign keys of the tables form a cycle; migrate-db cannot order them");
                }
            }
            return ordered;
        }
    }
}
