package de.digitalezukunfthagen.digitalcheck.workshop;

import de.digitalezukunfthagen.digitalcheck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the room says besides the answers: the consultant's notes per question and the agreed action plan. */
final class Discussion {
    static final int MAX_NOTE = 2000;
    static final int MAX_STEP = 300;
    static final int MAX_OWNER = 80;

    private final Database database;
    private final Clock clock;

    /** One step of the action plan: what, who (may be null), by when (may be null). */
    record Action(long id, String step, String owner, LocalDate due) {
    }

    Discussion(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The notes by question id. */
    Map<String, String> notes(long workshopId) {
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement(
                    "SELECT question_id, text FROM workshop_note WHERE workshop_id = ? ORDER BY question_id")) {
                select.setLong(1, workshopId);
                try (ResultSet rs = select.executeQuery()) {
                    Map<String, String> notes = new LinkedHashMap<>();
                    while (rs.next()) {
                        notes.put(rs.getString(1), rs.getString(2));
                    }
                    return notes;
                }
            }
        });
    }

    /** Keeps the note of a question; a blank note removes it. */
    void saveNote(long workshopId, String questionId, String text) {
        database.transaction(conn -> {
            if (text == null || text.isBlank()) {
                try (PreparedStatement delete = conn.prepareStatement("DELETE FROM workshop_note WHERE workshop_id = ? AND question_id = ?")) {
                    delete.setLong(1, workshopId);
                    delete.setString(2, questionId);
                    return delete.executeUpdate();
                }
            }
            try (PreparedStatement upsert = conn.prepareStatement("""
                    INSERT INTO workshop_note (workshop_id, question_id, text, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (workshop_id, question_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at""")) {
                upsert.setLong(1, workshopId);
                upsert.setString(2, questionId);
                upsert.setString(3, text.strip());
                upsert.setLong(4, clock.millis());
                return upsert.executeUpdate();
            }
        });
    }

    List<Action> actions(long workshopId) {
        return database.read(conn -> {
            try (PreparedStatement select = conn.prepareStatement(
                    "SELECT id, step, owner, due FROM workshop_action WHERE workshop_id = ? ORDER BY coalesce(due, '9999'), id")) {
                select.setLong(1, workshopId);
                try (ResultSet rs = select.executeQuery()) {
                    List<Action> actions = new ArrayList<>();
                    while (rs.next()) {
                        actions.add(new Action(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4))));
                    }
                    return actions;
                }
            }
        });
    }

    void addAction(long workshopId, String step, String owner, LocalDate due) {
        database.transaction(conn -> {
            try (PreparedStatement insert = conn.prepareStatement(
                    "INSERT INTO workshop_action (workshop_id, step, owner, due, created_at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, workshopId);
                insert.setString(2, step);
                insert.setString(3, owner);
                insert.setString(4, due == null ? null : due.toString());
                insert.setLong(5, clock.millis());
                return insert.executeUpdate();
            }
        });
    }

    boolean removeAction(long workshopId, long actionId) {
        return database.transaction(conn -> {
            try (PreparedStatement delete = conn.prepareStatement("DELETE FROM workshop_action WHERE workshop_id = ? AND id = ?")) {
                delete.setLong(1, workshopId);
                delete.setLong(2, actionId);
                return delete.executeUpdate() > 0;
            }
        });
    }
}
