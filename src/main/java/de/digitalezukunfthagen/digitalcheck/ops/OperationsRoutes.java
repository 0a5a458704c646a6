package de.digitalezukunfthagen.digitalcheck.ops;

import de.digitalezukunfthagen.digitalcheck.assessment.Assessments;
import de.digitalezukunfthagen.digitalcheck.common.OperationsConfig;
import de.digitalezukunfthagen.digitalcheck.db.Database;
import de.digitalezukunfthagen.digitalcheck.web.FeatureRoutes;
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
 * {@link #configure} comes first (request metrics, the proxy's addresses, the job), {@link #addTo}
 * after the CSRF check, so that a forged form does not count against a limit.
 */
public final class OperationsRoutes implements FeatureRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(OperationsRoutes.class);
    /** The retention job's first run after the start, then once a day. */
    static final Duration FIRST_PURGE = Duration.ofMinutes(5);
    /** The Prometheus text format, version 0.0.4, which every Prometheus reads. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final OperationsConfig config;
    private final RequestMetrics metrics;
    private final Health health;
    private final LegalPages legal;
    private final DataExport export;
    private final CreateLimit limit;
    private final Retention retention;

    /** @throws IllegalArgumentException when the imprint or privacy file cannot be read; the message names it */
    public OperationsRoutes(OperationsConfig config, Database database, Assessments assessments, Messages messages, Clock clock) {
        this.config = config;
        this.metrics = new RequestMetrics(config.accessLog());
        this.health = new Health(database);
        this.legal = new LegalPages(messages, config.imprint(), config.privacy());
        this.export = new DataExport(assessments, clock);
        this.limit = new CreateLimit(database, clock, config.createLimitPerAddress(), config.createLimitGlobal());
        this.retention = new Retention(database, clock, config.retention());
    }

    /** Before all other handlers: times every request, trusts the proxy if told to, schedules the retention job. */
    public void configure(JavalinConfig javalin) {
        if (config.trustProxy()) {
            // the client's address (and scheme, host) as the reverse proxy reports them
            javalin.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
        }
        javalin.routes.before(metrics::before);
        javalin.routes.after(metrics::after);
        dailyRetention(javalin);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.header("Cache-Control", "no-store").contentType(PROMETHEUS_TEXT).result(metrics.scrape()));
        routes.get("/health", health::check);
        routes.get("/impressum", legal::imprint);
        routes.get("/datenschutz", legal::privacy);
        routes.get("/api/v1/assessments/{token}/export", export::export);
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
    }

    private void dailyRetention(JavalinConfig javalin) {
        OperationsConfig.RetentionDays days = config.retention();
        if (days.unfinishedDays() == 0 && days.workshopDays() == 0 && days.assistedDays() == 0) {
            return;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "digitalcheck-retention");
            thread.setDaemon(true);
            return thread;
        });
        javalin.events.serverStarted(() -> timer.scheduleWithFixedDelay(this::purge,
                FIRST_PURGE.toMinutes(), Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES));
        javalin.events.serverStopping(timer::shutdownNow);
    }

    private void purge() {
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
