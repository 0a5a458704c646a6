package de.digitalezukunfthagen.digitalcheck.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL server of the tests, one per test run (JVM):
 * <ol>
 * <li>the server named by {@value #ENV_URL} (a {@code jdbc:postgresql://host:port/database} URL whose
 * user, from {@value #ENV_USER} and {@value #ENV_PASSWORD}, may create databases), as CI sets it;</li>
 * <li>else a throwaway cluster started from Debian's binaries ({@code /usr/lib/postgresql/N/bin}) in a
 * temporary folder on a free port, stopped and deleted when the tests end;</li>
 * <li>else the tests that need PostgreSQL fail and say how to install it.</li>
 * </ol>
 * Each test gets its own database, copied from a template that is migrated once per run, so a test
 * costs a {@code CREATE DATABASE} instead of a migration. On a shared server a run's databases stay
 * until the next run drops them in the background. The server lives as long as the JVM, like
 * the JVM's own caches: the one piece of state the tests share, made once and never changed.
 */
public final class TestPostgres {
    public static final String ENV_URL = "DIGITALCHECK_TEST_POSTGRES_URL";
    public static final String ENV_USER = "DIGITALCHECK_TEST_POSTGRES_USER";
    public static final String ENV_PASSWORD = "DIGITALCHECK_TEST_POSTGRES_PASSWORD";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final String PREFIX = "dctest_" + ProcessHandle.current().pid() + "_";

    private final String maintenanceUrl;
    private final String user;
    private final String password;
    private final String template;

    private TestPostgres(String maintenanceUrl, String user, String password) {
        this.maintenanceUrl = maintenanceUrl;
        this.user = user;
        this.password = password;
        this.template = PREFIX + "template";
        Thread cleanup = new Thread(this::dropEarlierRunsDatabases, "test-postgres-cleanup");
        cleanup.setDaemon(true);
        cleanup.start();
        try (Database migrated = Database.open(create(template, null), user, password)) {
            // only the migration is wanted: the template must have no open connection when it is copied
        }
    }

    private static final class Holder {
        static final Object SERVER_OR_FAILURE = tryStart();

        private static Object tryStart() {
            try {
                return start();
            } catch (RuntimeException e) {
                return e;
            }
        }
    }

    /** The server of this test run, found or started on first use; each test that needs it fails with the same reason when there is none. */
    public static TestPostgres server() {
        if (Holder.SERVER_OR_FAILURE instanceof RuntimeException failure) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
        return (TestPostgres) Holder.SERVER_OR_FAILURE;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The URL of the database that belongs to {@code dir} (a test's @TempDir): made on first use, migrated. */
    public String databaseFor(Path dir) {
        String name = PREFIX + hash(dir.toAbsolutePath().toString());
        return exists(name) ? urlOf(name) : create(name, template);
    }

    /** A new, empty database (not migrated), e.g. the target of {@code migrate-db}. */
    public String emptyDatabaseFor(Path dir) {
        return create(PREFIX + "e" + hash(dir.toAbsolutePath().toString()), null);
    }

    public Database open(Path dir) {
        return Database.open(databaseFor(dir), user, password);
    }

    private String urlOf(String database) {
        Matcher m = URL.matcher(maintenanceUrl);
        if (!m.matches()) {
            throw new IllegalStateException(ENV_URL + " must look like jdbc:postgresql://host:port/database, not " + maintenanceUrl);
        }
        return m.group(1) + database + (m.group(3) == null ? "" : m.group(3));
    }

    private boolean exists(String database) {
        try (Connection conn = DriverManager.getConnection(maintenanceUrl, user, password);
             PreparedStatement select = conn.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            select.setString(1, database);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the test PostgreSQL at " + maintenanceUrl + " cannot be used: " + e.getMessage(), e);
        }
    }

    private synchronized String create(String database, String from) {
        try (Connection conn = DriverManager.getConnection(maintenanceUrl, user, password);
             Statement s = conn.createStatement()) {
            s.execute("CREATE DATABASE " + database + (from == null ? "" : " TEMPLATE " + from));
            // a test needs no durability: commits do not wait for the disk (CI's cluster has fsync on)
            s.execute("ALTER DATABASE " + database + " SET synchronous_commit = off");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + database + " on " + maintenanceUrl + " (the user "
                    + user + " needs CREATEDB): " + e.getMessage(), e);
        }
        return urlOf(database);
    }

    /**
     * Drops the databases that earlier test runs left on a shared server (those of JVMs that are gone),
     * beside this run's tests. A run leaves its own: dropping its 150 databases at its end took longer
     * than the 30 s the build waits for a test JVM to exit, which then killed it.
     */
    private void dropEarlierRunsDatabases() {
        Pattern own = Pattern.compile("dctest_(\\d+)_.*");
        try (Connection conn = DriverManager.getConnection(maintenanceUrl, user, password);
             Statement s = conn.createStatement()) {
            List<String> gone = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'dctest\\_%'")) {
                while (rs.next()) {
                    Matcher m = own.matcher(rs.getString(1));
                    if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
                        gone.add(rs.getString(1));
                    }
                }
            }
            for (String name : gone) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException | RuntimeException e) {
            // leftovers stay for the next run; no test depends on them being gone
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestPostgres start() {
        Map<String, String> env = System.getenv();
        String url = env.get(ENV_URL);
        if (url != null && !url.isBlank()) {
            return new TestPostgres(url.strip(), env.get(ENV_USER), env.get(ENV_PASSWORD));
        }
        Path bin = debianBinaries();
        if (bin == null) {
            throw new IllegalStateException("""
                    The database tests need PostgreSQL and found none. Either install Debian's server \
                    (apt-get install postgresql: the tests then start a throwaway cluster of their own from \
                    /usr/lib/postgresql/*/bin), or name a server whose user may create databases: \
                    %s=jdbc:postgresql://127.0.0.1:5432/postgres %s=... %s=... mvn -B clean verify"""
                    .formatted(ENV_URL, ENV_USER, ENV_PASSWORD));
        }
        return ThrowawayCluster.start(bin);
    }

    /** The newest {@code /usr/lib/postgresql/N/bin} with initdb and pg_ctl, or null. */
    private static Path debianBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())))
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString().replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A cluster in a temporary folder, run as the user {@code postgres} when the tests run as root (initdb refuses root). */
    private static final class ThrowawayCluster {
        private ThrowawayCluster() {
        }

        static TestPostgres start(Path bin) {
            try {
                boolean root = "root".equals(System.getProperty("user.name"));
                Path dir = Files.createTempDirectory("digitalcheck-test-postgres");
                if (root) {
                    UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                    Files.setOwner(dir, postgres);
                }
                Path data = dir.resolve("data");
                int port;
                try (ServerSocket free = new ServerSocket(0)) {
                    port = free.getLocalPort();
                }
                run(root, dir, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "digitalcheck",
                        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
                run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w",
                        "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=300"
                                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(root, dir, bin, data), "test-postgres-stop"));
                return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "digitalcheck", null);
            } catch (IOException e) {
                throw new IllegalStateException("cannot start a throwaway PostgreSQL from " + bin + ": " + e.getMessage(), e);
            }
        }

        private static void stop(boolean root, Path dir, Path bin, Path data) {
            try {
                run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
            } catch (IOException | RuntimeException e) {
                // the folder goes anyway
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover in the temporary folder
            }
        }

        private static void run(boolean root, Path dir, String... command) throws IOException {
            List<String> full = new ArrayList<>();
            if (root) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(List.of(command));
            Path output = Files.createTempFile("digitalcheck-test-postgres", ".log");
            Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", full) + " failed: " + Files.readString(output));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting PostgreSQL", e);
            } finally {
                Files.deleteIfExists(output);
            }
        }
    }
}
