package de.digitalezukunfthagen.digitalcheck.report;

import de.digitalezukunfthagen.digitalcheck.questionnaire.Level;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.Progress;
import java.math.BigDecimal;

/**
 * A change since the earlier check in plain words and as an arrow, the same on the result page and in
 * the report: "+12,0 Punkte, von Einsteiger zu Fortgeschritten", "−3,5 Punkte, Stufe bleibt Profi".
 */
public final class ChangeWords {
    private ChangeWords() {
    }

    /** ↑, ↓ or → for the score (the words say the same; the arrow is decoration). */
    public static String arrow(Progress.Change change) {
        return switch (change.scoreDirection()) {
            case UP -> "↑";
            case DOWN -> "↓";
            default -> "→";
        };
    }

    public static String describe(Progress.Change change, Questionnaire earlier, Questionnaire current, String language) {
        Messages m = Messages.of(language);
        Formats f = new Formats(language);
        BigDecimal delta = change.delta();
        String points = delta == null ? m.get("progress.noScore")
                : delta.signum() > 0 ? m.get("progress.up", f.decimal(delta))
                : delta.signum() < 0 ? m.get("progress.down", f.decimal(delta.negate()))
                : m.get("progress.same");
        String before = title(earlier, change.levelBefore(), language);
        String now = title(current, change.levelNow(), language);
        String level = switch (change.levelDirection()) {
            case UP -> m.get("progress.levelUp", before, now);
            case DOWN -> m.get("progress.levelDown", before, now);
            case SAME -> m.get("progress.levelSame", now);
            default -> null;
        };
        return level == null ? points : points + ", " + level;
    }

    /** A score in the reader's format, or "–" for none. */
    public static String score(BigDecimal score, String language) {
        return score == null ? "–" : new Formats(language).decimal(score);
    }

    private static String title(Questionnaire q, String levelId, String language) {
        return levelId == null ? "–" : q.level(levelId).map(Level::title).map(t -> t.in(language)).orElse(levelId);
    }
}
