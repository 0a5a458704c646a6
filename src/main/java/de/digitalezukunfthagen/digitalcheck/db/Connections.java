package de.digitalezukunfthagen.digitalcheck.db;

import java.sql.SQLException;
import javax.sql.DataSource;

/** How one database engine hands out connections for reads and write transactions. */
interface Connections {
    /** Where {@link Migrations} migrates the schema. */
    DataSource migrationSource();

    /** Runs {@code work} in one write transaction; {@code erase}: the write removes personal data. */
    <T> T write(Database.Work<T> work, boolean erase) throws SQLException;

    <T> T read(Database.Work<T> work) throws SQLException;

    /**
     * Open, and a query answered within {@code wait}? For a load balancer's health check; never blocks
     * much longer than {@code wait}.
     */
    boolean reachable(java.time.Duration wait);

    void close() throws SQLException;
}
