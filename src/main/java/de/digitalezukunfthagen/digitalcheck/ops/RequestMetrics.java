package de.digitalezukunfthagen.digitalcheck.ops;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts and times every request per route <em>template</em> ({@code /a/{token}/step/{n}}, never the
 * path with its token), counts what the app is for (assessments created and saved, reports rendered),
 * and writes the optional access log with the same template. Nothing personal is recorded: no address,
 * no token, no answer. One registry per app, shown by {@code GET /metrics} in the Prometheus format.
 */
final class RequestMetrics {
    private static final Logger ACCESS = LoggerFactory.getLogger("de.digitalezukunfthagen.digitalcheck.access");
    private static final String STARTED = "digitalcheck.ops.started";

    /** Successful requests that stand for an event, by method, route template and status. */
    private static final Map<String, String> EVENTS = Map.of(
            "POST /assessments 303", "created",
            "POST /api/v1/assessments 201", "created",
            "POST /a/{token}/full 303", "created",
            "POST /a/{token}/step/{n} 303", "saved",
            "PUT /api/v1/assessments/{token}/answers 200", "saved",
            "GET /api/v1/assessments/{token}/report.pdf 200", "report");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter created;
    private final Counter saved;
    private final Counter reports;
    private final boolean accessLog;
    private final AtomicBoolean jvmBound = new AtomicBoolean();

    RequestMetrics(boolean accessLog) {
        this.accessLog = accessLog;
        created = Counter.builder("digitalcheck.assessments.started")
                .description("Assessments started in the online check and through the API").register(registry);
        saved = Counter.builder("digitalcheck.assessments.saved")
                .description("Answers saved: pages of the online check and API updates").register(registry);
        reports = Counter.builder("digitalcheck.reports.rendered").description("PDF reports rendered").register(registry);
    }

    /** The JVM's own meters, bound at the first scrape: their classes (JMX) would otherwise load during the start. */
    private void bindJvmMeters() {
        if (jvmBound.compareAndSet(false, true)) {
            new JvmMemoryMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
        }
    }

    void before(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    void after(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        String route = route(ctx);
        String method = ctx.method().name();
        int status = ctx.statusCode();
        Timer.builder("http.server.requests")
                .description("Requests by method, route template and status")
                .tag("method", method).tag("route", route).tag("status", String.valueOf(status))
                .register(registry).record(took);
        String event = EVENTS.get(method + " " + route + " " + status);
        if ("created".equals(event)) {
            created.increment();
        } else if ("saved".equals(event)) {
            saved.increment();
        } else if ("report".equals(event)) {
            reports.increment();
        }
        if (accessLog) {
            ACCESS.info("{} {} {} {} ms", method, route, status, took.toMillis());
        }
    }

    /**
     * The template of the route that answered; paths that matched none are counted together, so that
     * scanners cannot create a time series per made-up path.
     */
    static String route(Context ctx) {
        Endpoint endpoint;
        try {
            endpoint = ctx.endpoints().matchedHttpEndpoint();
        } catch (RuntimeException e) {
            endpoint = null;
        }
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.path().startsWith("/assets/") ? "/assets/*" : "unmatched";
    }

    String scrape() {
        bindJvmMeters();
        return registry.scrape();
    }
}
