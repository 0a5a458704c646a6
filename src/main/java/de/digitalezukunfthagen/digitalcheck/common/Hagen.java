package de.digitalezukunfthagen.digitalcheck.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The app's local time: dates on reports and pages are the dates in Hagen, whatever the server's zone. */
public final class Hagen {
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Hagen() {
    }

    /** Today's date in Hagen by {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
