package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessment;
import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.questionnaire.Questionnaire;
import de.digitalezukunfthagen.digitalcheck.scoring.AnswersJson;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/assessments/{token}/export}: everything stored about one assessment, as a JSON
 * download (data portability): the questionnaire version, the company name, where it came from, when
 * it was created and last changed, every answer in the contract's answers format, and the result.
 * Linked from the result page next to "delete my data".
 */
final class DataExport {
    static final String FORMAT = "digitalcheck-export";
    static final int VERSION = 1;
    private static final ZoneId HAGEN = ZoneId.of("Europe/Berlin");

    private final Assessments assessments;
    private final Clock clock;

    DataExport(Assessments assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    void export(Context ctx) {
        Assessments.Opened opened = assessments.open(ctx.pathParam("token")).orElseThrow(NotFoundResponse::new);
        Questionnaire q = opened.questionnaire();
        Assessment a = opened.assessment();
        Map<String, Object> questionnaire = new LinkedHashMap<>();
        questionnaire.put("id", q.id());
        questionnaire.put("version", q.version());
        questionnaire.put("title", q.title().in(q.language()));
        Map<String, Object> assessment = new LinkedHashMap<>();
        assessment.put("questionnaire", questionnaire);
        assessment.put("company", a.company());
        assessment.put("origin", a.origin());
        assessment.put("createdAt", a.createdAt().toString());
        assessment.put("updatedAt", a.updatedAt().toString());
        assessment.put("answers", AnswersJson.toJson(a.answers()));
        assessment.put("result", opened.result());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", FORMAT);
        export.put("version", VERSION);
        export.put("exportedAt", clock.instant().toString());
        export.put("assessment", assessment);
        String file = "digital-check-" + LocalDate.now(clock.withZone(HAGEN)) + ".json";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.json(export);
    }
}
