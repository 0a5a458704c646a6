package de.digitalezukunfthagen.digitalcheck.web;

import io.javalin.config.RoutesConfig;

/** The routes one feature adds to the app; {@code App} builds each with its dependencies and adds them in order. */
public interface FeatureRoutes {
    void addTo(RoutesConfig routes);
}
