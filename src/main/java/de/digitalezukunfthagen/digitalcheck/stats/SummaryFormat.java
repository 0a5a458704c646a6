package de.digitalezukunfthagen.digitalcheck.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.digitalezukunfthagen.digitalcheck.common.Json;
import de.digitalezukunfthagen.digitalcheck.stats.Summary.Count;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a {@link Summary} as text for the terminal, as JSON, or as CSV for German Excel. */
public final class SummaryFormat {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int LABEL_WIDTH = 46;

    private SummaryFormat() {
    }

    // --- text -------------------------------------------------------------------------------------

    public static String text(Summary summary, String lang) {
        boolean de = lang.equals("de");
        StringBuilder s = new StringBuilder();
        s.append(de ? "Digital-Check Hagen – zusammengefasste Auswertung ohne Namen\n"
                : "Digital-Check Hagen – summary evaluation without names\n");
        s.append(de ? "Gezählt werden nur abgeschlossene Checks. Angaben zu weniger als " + summary.k()
                        + " Betrieben erscheinen als „< " + summary.k() + "“.\n"
                : "Only completed checks count. Figures about fewer than " + summary.k()
                        + " companies are shown as \"< " + summary.k() + "\".\n");
        for (Summary.QuestionnaireSummary q : summary.questionnaires()) {
            s.append('\n').append(q.title().in(lang)).append(" (").append(q.id()).append("): ")
                    .append(count(q.assessments(), summary.k())).append(de ? " abgeschlossene Checks\n" : " completed checks\n");
            if (q.by() != null) {
                s.append(de ? "Aufgeteilt nach " : "Broken down by ").append(q.by().question()).append(": ")
                        .append(q.by().text().in(lang)).append('\n');
            }
            for (Summary.Group g : q.groups()) {
                s.append("\n== ").append(g.label().in(lang)).append(": ").append(g.assessments())
                        .append(de ? " Betriebe ==\n" : " companies ==\n");
                s.append(de ? "\nErgebnisse (0–100)\n" : "\nScores (0–100)\n");
                for (Summary.ScoreFigures f : g.scores()) {
                    s.append("  ").append(f.title().in(lang));
                    if (f.mean() != null) {
                        s.append(de ? ": Mittelwert " : ": mean ").append(number(f.mean(), lang))
                                .append(", Median ").append(number(f.median(), lang));
                    } else {
                        s.append(de ? ": Mittelwert und Median < " : ": mean and median: fewer than ").append(summary.k())
                                .append(de ? " Ergebnisse" : " scores");
                    }
                    s.append('\n');
                    rows(s, f.levels(), summary.k(), lang);
                }
                s.append(de ? "\nBetriebsprofil\n" : "\nCompany profile\n");
                for (Summary.ProfileFigures p : g.profile()) {
                    s.append("  ").append(p.question()).append(": ").append(p.text().in(lang));
                    if (p.type().equals("multi")) {
                        s.append(de ? " (mehrere Antworten möglich)" : " (several answers possible)");
                    }
                    s.append('\n');
                    rows(s, p.rows(), summary.k(), lang);
                }
            }
        }
        return s.toString();
    }

    private static void rows(StringBuilder s, List<Summary.Row> rows, int k, String lang) {
        for (Summary.Row r : rows) {
            String label = r.label().in(lang);
            s.append("    ").append(label);
            s.append(" ".repeat(Math.max(1, LABEL_WIDTH - label.codePointCount(0, label.length()))));
            s.append(String.format("%5s", count(r.count(), k)));
            if (r.share() != null) {
                s.append(String.format("%9s", number(r.share(), lang) + " %"));
            }
            s.append('\n');
        }
    }

    // --- JSON -------------------------------------------------------------------------------------

    public static String json(Summary summary, String lang) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("k", summary.k());
        root.put("onlyComplete", true);
        ArrayNode questionnaires = root.putArray("questionnaires");
        for (Summary.QuestionnaireSummary q : summary.questionnaires()) {
            ObjectNode node = questionnaires.addObject();
            node.put("id", q.id());
            node.put("title", q.title().in(lang));
            count(node, "assessments", q.assessments());
            if (q.by() == null) {
                node.putNull("by");
            } else {
                node.putObject("by").put("question", q.by().question()).put("text", q.by().text().in(lang));
            }
            ArrayNode groups = node.putArray("groups");
            for (Summary.Group g : q.groups()) {
                ObjectNode group = groups.addObject();
                group.put("id", g.id());
                group.put("label", g.label().in(lang));
                group.put("assessments", g.assessments());
                ArrayNode scores = group.putArray("scores");
                for (Summary.ScoreFigures f : g.scores()) {
                    ObjectNode score = scores.addObject();
                    score.put("id", f.id());
                    score.put("title", f.title().in(lang));
                    score.put("mean", f.mean());
                    score.put("median", f.median());
                    rows(score.putArray("levels"), f.levels(), lang);
                }
                ArrayNode profile = group.putArray("profile");
                for (Summary.ProfileFigures p : g.profile()) {
                    ObjectNode question = profile.addObject();
                    question.put("question", p.question());
                    question.put("text", p.text().in(lang));
                    question.put("type", p.type());
                    rows(question.putArray("rows"), p.rows(), lang);
                }
            }
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rows(ArrayNode array, List<Summary.Row> rows, String lang) {
        for (Summary.Row r : rows) {
            ObjectNode row = array.addObject();
            row.put("id", r.id());
            row.put("label", r.label().in(lang));
            count(row, "count", r.count());
            row.put("share", r.share());
        }
    }

    private static void count(ObjectNode node, String field, Count count) {
        if (count.suppressed()) {
            node.putNull(field);
            node.put("suppressed", true);
        } else {
            node.put(field, count.value());
        }
    }

    // --- CSV --------------------------------------------------------------------------------------

    /** CSV for German Excel: UTF-8 with a byte order mark, semicolons, CRLF, every field quoted, decimal commas in German. */
    public static byte[] csv(Summary summary, String lang) {
        boolean de = lang.equals("de");
        StringBuilder out = new StringBuilder();
        row(out, de
                ? List.of("Fragebogen", "Gruppe", "Betriebe in der Gruppe", "Bereich", "Kennung", "Frage oder Ergebnis",
                        "Antwort oder Stufe (Kennung)", "Antwort oder Stufe", "Anzahl", "Anteil (%)", "Mittelwert", "Median")
                : List.of("questionnaire", "group", "companies in group", "section", "id", "question or score",
                        "answer or level (id)", "answer or level", "count", "share (%)", "mean", "median"));
        for (Summary.QuestionnaireSummary q : summary.questionnaires()) {
            if (q.groups().isEmpty()) {
                row(out, List.of(q.id(), "", count(q.assessments(), summary.k()), "", "", "", "", "", "", "", "", ""));
            }
            for (Summary.Group g : q.groups()) {
                String group = g.label().in(lang);
                String size = Integer.toString(g.assessments());
                for (Summary.ScoreFigures f : g.scores()) {
                    String section = de ? "Ergebnis" : "score";
                    row(out, List.of(q.id(), group, size, section, f.id(), f.title().in(lang), "", "", "", "",
                            number(f.mean(), lang), number(f.median(), lang)));
                    for (Summary.Row r : f.levels()) {
                        row(out, List.of(q.id(), group, size, section, f.id(), f.title().in(lang), r.id(), r.label().in(lang),
                                count(r.count(), summary.k()), number(r.share(), lang), "", ""));
                    }
                }
                for (Summary.ProfileFigures p : g.profile()) {
                    String section = de ? "Profil" : "profile";
                    for (Summary.Row r : p.rows()) {
                        row(out, List.of(q.id(), group, size, section, p.question(), p.text().in(lang), r.id(), r.label().in(lang),
                                count(r.count(), summary.k()), number(r.share(), lang), "", ""));
                    }
                }
            }
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    private static void row(StringBuilder out, List<String> fields) {
        List<String> quoted = new ArrayList<>();
        for (String f : fields) {
            // a text that Excel would read as a formula is kept as text
            String value = !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 ? "'" + f : f;
            quoted.add('"' + value.replace("\"", "\"\"") + '"');
        }
        out.append(String.join(";", quoted)).append("\r\n");
    }

    // --- shared -----------------------------------------------------------------------------------

    private static String count(Count count, int k) {
        return count.suppressed() ? "< " + k : Integer.toString(count.value());
    }

    /** A figure with exactly its scale, with a decimal comma in German; empty for null. */
    static String number(BigDecimal value, String lang) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return lang.equals("de") ? plain.replace('.', ',') : plain;
    }
}
