package com.meterbook.ledger;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The embedded H2 ledger in one folder: schema by Flyway, access through Hibernate ORM. Bulk usage
 * rows go through JDBC on the session's own connection, in the same transactions.
 */
public final class Ledger implements AutoCloseable {

    public static final String FILE_NAME = "meterbook";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final SessionFactory sessions;
    private final String url;

    private Ledger(Path folder, String url, JdbcConnectionPool pool, SessionFactory sessions) {
        this.url = url;
        this.folder = folder;
        this.pool = pool;
        this.sessions = sessions;
    }

    public static Ledger open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create ledger folder " + folder + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";CACHE_SIZE=65536;MAX_MEMORY_ROWS=20000;AUTO_SERVER=TRUE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(4);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate();
        Configuration cfg = new Configuration();
        LedgerEntities.ALL.forEach(cfg::addAnnotatedClass);
        cfg.getProperties().put("hibernate.connection.datasource", pool);
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        cfg.setProperty("hibernate.jdbc.batch_size", "500");
        cfg.setProperty("hibernate.order_inserts", "true");
        cfg.setProperty("hibernate.show_sql", "false");
        Ledger ledger = new Ledger(folder, url, pool, cfg.buildSessionFactory());
        ledger.ensureSettings();
        return ledger;
    }

    /**
     * A ledger that was never initialised gets the contract's defaults once, here, before any
     * operation runs, so that two first operations never race to write them.
     */
    private void ensureSettings() {
        run(session -> {
            MasterDataStore store = new MasterDataStore(session);
            if (store.settings().isEmpty()) {
                store.saveSettings(com.meterbook.domain.LedgerSettings.defaults(java.time.ZoneId.systemDefault()));
            }
        });
    }

    public Path folder() {
        return folder;
    }

    public <T> T inTransaction(Function<Session, T> work) {
        return sessions.fromTransaction(work);
    }

    public void run(Consumer<Session> work) {
        sessions.inTransaction(work);
    }

    /**
     * A JDBC connection of its own, outside the pool, for a long run of writes (an import's writer):
     * the pool's connection wrapper takes a lock on every parameter set, a few per cent of a
     * million-row import. The caller closes it.
     */
    public java.sql.Connection openConnection() {
        try {
            return java.sql.DriverManager.getConnection(url, "sa", "");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot open the ledger in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction on {@code connection} (from {@link #openConnection()}). */
    public void runOn(java.sql.Connection connection, Consumer<Session> work) {
        try (Session session = sessions.withOptions().connection(connection).openSession()) {
            org.hibernate.Transaction tx = session.beginTransaction();
            try {
                work.accept(session);
                tx.commit();
            } catch (RuntimeException | Error e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            }
        }
    }

    /**
     * Makes everything committed so far durable: H2 writes committed transactions to the file within
     * a second, and this forces them, and the file, to the disk. Called when an import ends.
     */
    public void sync() {
        run(session -> session.doWork(connection -> {
            try (java.sql.Statement st = connection.createStatement()) {
                st.execute("CHECKPOINT SYNC");
            }
        }));
    }

    public SessionFactory sessions() {
        return sessions;
    }

    @Override
    public void close() {
        sessions.close();
        pool.dispose();
    }
}
