package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.Messages;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Running the app in public: {@code /health}, {@code /metrics}, the imprint and privacy statement, the
 * data export of an assessment, the limits on creating assessments and the daily retention job.
 */
public final class OperationsRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);
    /** The retention job's first run after the start, then once a day. */
    static final Duration FIRST_PURGE = Duration.ofMinutes(5);
    /** The Prometheus text format, version 0.0.4, which every Prometheus reads. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private OperationsRoutes() {
    }

    /**
     * Registers the handlers; call it after the CSRF check (a forged form must not count against a
     * limit) and before the features' routes.
     *
     * @throws IllegalArgumentException when the imprint or privacy file cannot be read
     */
    public static void register(JavalinConfig javalin, OperationsConfig config, Database database,
            Assessments assessments, Messages messages, Clock clock) {
        if (config.trustProxy()) {
            // the client's address (and scheme, host) as the reverse proxy reports them
            javalin.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
        }
        RoutesConfig routes = javalin.routes;
        RequestMetrics metrics = new RequestMetrics(config.accessLog());
        routes.before(metrics::before);
        routes.after(metrics::after);
        routes.get("/metrics", ctx -> ctx.header("Cache-Control", "no-store")
                .contentType(PROMETHEUS_TEXT).result(metrics.scrape()));
        routes.get("/health", new Health(database)::check);

        LegalPages legal = new LegalPages(messages, config.imprint(), config.privacy());
        routes.get("/impressum", legal::imprint);
        routes.get("/datenschutz", legal::privacy);

        routes.get("/api/v1/assessments/{token}/export", new DataExport(assessments, clock)::export);

        CreateLimit limit = new CreateLimit(database, clock, config.createLimitPerAddress(), config.createLimitGlobal());
        if (!limit.off()) {
            CreateLimitPages pages = new CreateLimitPages(limit);
            for (String path : CreateLimitPages.CREATING) {
                routes.before(path, ctx -> {
                    if (ctx.method() == HandlerType.POST) {
                        pages.reserve(ctx);
                    }
                });
            }
            routes.exception(CreateLimitPages.Reached.class, (e, ctx) -> pages.refuse(e, ctx));
        }

        dailyRetention(javalin, new Retention(database, clock, config.retention()));
    }

    private static void dailyRetention(JavalinConfig javalin, Retention retention) {
        Retention.Periods periods = retention.periods();
        if (periods.unfinishedDays() == 0 && periods.workshopDays() == 0 && periods.assistedDays() == 0) {
            return;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "digitalcheck-retention");
            thread.setDaemon(true);
            return thread;
        });
        javalin.events.serverStarted(() -> timer.scheduleWithFixedDelay(() -> purge(retention),
                FIRST_PURGE.toMinutes(), Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES));
        javalin.events.serverStopping(timer::shutdownNow);
    }

    private static void purge(Retention retention) {
        try {
            Retention.Outcome outcome = retention.purge(false);
            LOG.info("retention: deleted {} unfinished online check(s), {} workshop(s), {} assisted check(s)",
                    outcome.unfinishedChecks(), outcome.workshops(), outcome.assistedChecks());
        } catch (RuntimeException e) {
            LOG.warn("the retention job failed: {}", e.toString());
        }
    }

    /** Is the request one of the JSON API, to be answered with a problem instead of a page? */
    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
