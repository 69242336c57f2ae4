package org.uncounted.store.internal;

import java.sql.SQLException;
import java.util.function.Function;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.uncounted.security.keys.Keyring;
import org.uncounted.store.StoreUnavailableException;

/**
 * Everything an unlocked store holds: the database, the keyring, the audit trail and (embedded
 * stores) the data directory. Runs units of work as transactions with audit consistency.
 */
public final class StoreContext implements AutoCloseable {
    private final Database db;
    private final Keyring keyring;
    private final AuditTrail audit;
    private final EmbeddedFiles files;

    public StoreContext(Database db, Keyring keyring, AuditTrail audit, EmbeddedFiles files) {
        this.db = db;
        this.keyring = keyring;
        this.audit = audit;
        this.files = files;
    }

    public Database db() {
        return db;
    }

    public Keyring keyring() {
        return keyring;
    }

    public AuditTrail audit() {
        return audit;
    }

    /** The data directory's files, or null for a server store. */
    public EmbeddedFiles files() {
        return files;
    }

    private org.uncounted.security.auth.PasswordParameters passwordParameters =
            org.uncounted.security.auth.PasswordParameters.DEFAULT;

    /** Argon2id costs for new password hashes (tests lower them). */
    public org.uncounted.security.auth.PasswordParameters passwordParameters() {
        return passwordParameters;
    }

    public void setPasswordParameters(org.uncounted.security.auth.PasswordParameters p) {
        passwordParameters = p;
    }

    private final org.uncounted.model.place.Gazetteer gazetteer = org.uncounted.model.place.Gazetteer.standard();

    /** The gazetteer imports validate places against. */
    public org.uncounted.model.place.Gazetteer gazetteer() {
        return gazetteer;
    }

    public String location() {
        return files != null ? files.dir().toString() : "PostgreSQL";
    }

    /**
     * Runs {@code body} as one transaction. On failure everything, the audit entries included,
     * is rolled back and the audit chain head re-read; database failures become
     * {@link StoreUnavailableException} (message: SQL state only, never bound values). After a
     * commit the external audit anchor (or, without one, an embedded store's checkpoint file) is
     * updated.
     */
    public <R> R write(Function<Handle, R> body) {
        try {
            return attempt(body);
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * As {@link #write}, retrying the whole transaction (up to {@code attempts} times) when it
     * lost a race with another transaction — a unique-key clash on the audit sequence or a ledger
     * row, a serialization failure, a deadlock or a lock timeout. Must not be nested.
     */
    public <R> R writeRetryingConflicts(Function<Handle, R> body, int attempts) {
        if (TxScope.current() != null) throw new IllegalStateException("a retried transaction cannot be nested");
        for (int i = 1; ; i++) {
            try {
                return attempt(body);
            } catch (RuntimeException e) {
                if (i >= attempts || !isConflict(e)) throw translate(e);
                try {
                    Thread.sleep(i * 3L);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw translate(e);
                }
            }
        }
    }

    private <R> R attempt(Function<Handle, R> body) {
        boolean outer = TxScope.current() == null;
        try {
            R r = TxScope.inTransaction(db.jdbi(), body);
            if (outer) afterCommit();
            return r;
        } catch (RuntimeException e) {
            if (outer) {
                audit.takeHeadAppendedHere();
                audit.resync();
            }
            throw e;
        }
    }

    private void afterCommit() {
        AuditTrail.Head committed = audit.takeHeadAppendedHere();
        AuditAnchor a = anchor;
        if (a != null) {
            if (committed != null) a.advance(db.jdbi(), committed);
        } else if (files != null) {
            // the unsigned checkpoint of stores without an anchor (the anchor supersedes it)
            files.writeCheckpoint(audit.checkpoint());
        }
    }

    static boolean isConflict(Throwable e) {
        String state = sqlState(e);
        return state.equals("23505") // unique violation (H2 and PostgreSQL)
                || state.equals("40001") // serialization failure
                || state.equals("40P01") // PostgreSQL deadlock
                || state.equals("HYT00"); // H2 lock timeout
    }

    private volatile AuditAnchor anchor;

    /** The external audit anchor, or null when none is configured. */
    public AuditAnchor anchor() {
        return anchor;
    }

    /** Sets the external audit anchor (null: none); it advances after every commit from now on. */
    public void setAnchor(AuditAnchor anchor) {
        this.anchor = anchor;
    }

    private final Object ledgerLock = new Object();

    /** Serialises this process's privacy-budget charges (other processes are held off by the database). */
    public Object ledgerLock() {
        return ledgerLock;
    }

    /** Runs a read-only unit of work (it may still append audit entries, e.g. identifying reads). */
    public <R> R read(Function<Handle, R> body) {
        return write(body);
    }

    static RuntimeException translate(RuntimeException e) {
        if (e instanceof ConnectionException) {
            return new StoreUnavailableException("cannot connect to the database (" + sqlState(e) + ")");
        }
        if (e instanceof JdbiException) {
            String state = sqlState(e);
            if (state.startsWith("08") || state.startsWith("HY") || state.startsWith("57") || state.startsWith("53")) {
                return new StoreUnavailableException("database unavailable (SQL state " + state + ")");
            }
            return new IllegalStateException("database statement failed (SQL state " + state + ")", stripped(e));
        }
        return e;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) return s.getSQLState();
        }
        return "unknown";
    }

    /** A cause chain without driver messages (which may quote values): types and SQL states only. */
    private static Throwable stripped(Throwable e) {
        Throwable copy = new RuntimeException(e.getClass().getName() + " (SQL state " + sqlState(e) + ")");
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    @Override
    public void close() {
        try {
            audit.close();
            keyring.close();
        } finally {
            db.close();
        }
    }
}
