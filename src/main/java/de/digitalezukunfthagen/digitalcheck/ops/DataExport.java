package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.common.Hagen;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/v1/assessments/{token}/export}: everything stored about one assessment, as a JSON
 * download (data portability): what the API shows of it ({@link Assessments.Opened#describe}: the
 * questionnaire version, every answer, the result, the company name, when it was created and last
 * changed) and where it came from.
 * Linked from the result page next to "delete my data".
 */
final class DataExport {
    static final String FORMAT = "digitalcheck-export";
    static final int VERSION = 1;

    private final Assessments assessments;
    private final Clock clock;

    DataExport(Assessments assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    void export(Context ctx) {
        Assessments.Opened opened = assessments.open(ctx.pathParam("token")).orElseThrow(NotFoundResponse::new);
        Map<String, Object> assessment = opened.describe();
        assessment.put("origin", opened.assessment().origin());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("format", FORMAT);
        export.put("version", VERSION);
        export.put("exportedAt", clock.instant().toString());
        export.put("assessment", assessment);
        String file = "digital-check-" + Hagen.today(clock) + ".json";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.json(export);
    }
}
