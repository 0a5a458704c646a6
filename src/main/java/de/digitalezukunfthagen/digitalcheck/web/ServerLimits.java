package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.config.JettyConfig;
import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How the embedded Jetty protects the app from slow and broken clients, and how it stops.
 *
 * <p>A request body is read by Jetty without a thread ({@link EagerContentHandler}); only a complete
 * body is handed to a thread of the bounded pool. So connections that send one byte every few
 * seconds hold no thread, and cannot starve the others. They are cut off by the minimum data rate
 * and the idle timeout. On stop, requests in flight are finished (up to {@link #STOP_TIMEOUT}) while no
 * new ones are taken. Jetty's own error responses (400, 431, ...) are those of {@link JettyErrors}.
 */
public final class ServerLimits {
    /** Threads for requests: a bounded pool, since Java 17 has no virtual threads. */
    public static final int MAX_THREADS = 200;
    public static final int MIN_THREADS = 8;
    /** A connection that sends or reads nothing for this long is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(20);
    /** A request body must arrive at least this fast (bytes per second) once it started. */
    public static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;
    /** How long a stop waits for the requests in flight. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private ServerLimits() {
    }

    /**
     * Configures Jetty: bound to {@code host}, the limits above, bodies of up to {@code maxBodyBytes}
     * read before dispatch (larger ones go on to the app's own 413).
     */
    public static void apply(JettyConfig jetty, String host, long maxBodyBytes, Messages messages) {
        jetty.host = host;
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, (int) Duration.ofMinutes(1).toMillis());
        pool.setName("digitalcheck-http");
        jetty.threadPool = pool;
        jetty.modifyHttpConfiguration(http -> {
            // no minimum data rate here: it would be measured from the request's start to the servlet's read
            // of a body that arrived long before, so on a busy server (requests queued for a thread) a
            // small JSON body failed with 408 and the API answered 500. The MinimumDataRateHandler
            // below measures where the bytes arrive.
            http.setSendServerVersion(false);
        });
        jetty.modifyServer(server -> {
            server.setStopTimeout(STOP_TIMEOUT.toMillis());
            // Javalin puts its servlet context inside the innermost wrapper
            server.setHandler(new GracefulHandler(new MinimumDataRateHandler(
                    new EagerContentHandler(new EagerContentHandler.RetainedContentLoaderFactory(maxBodyBytes + 1, -1, false)),
                    MIN_REQUEST_BYTES_PER_SECOND, 0)));
            server.setErrorHandler(new JettyErrors(messages));
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    idleTimeout(server);
                }
            });
        });
    }

    private static void idleTimeout(Server server) {
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            }
        }
    }
}
