package org.uncounted.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.User;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.keys.KdfParameters;
import org.uncounted.security.keys.Keyring;
import org.uncounted.security.keys.KeyringHeader;
import org.uncounted.security.keys.KeyringRoot;
import org.uncounted.security.keys.Unlock;
import org.uncounted.store.internal.AuditAnchor;
import org.uncounted.store.internal.AuditTrail;
import org.uncounted.store.internal.Database;
import org.uncounted.store.internal.EmbeddedFiles;
import org.uncounted.store.internal.KeyRotation;
import org.uncounted.store.internal.ScopedWrappedKeys;
import org.uncounted.store.internal.StoreContext;
import org.uncounted.store.internal.TxScope;

/**
 * An unlocked case store: an embedded H2 file encrypted with a key derived from the passphrase
 * (the default), or a PostgreSQL database. Identifying fields are encrypted per case under the
 * keyring; every write, identifying read, export and key operation is audited in the same
 * transaction.
 *
 * <p>Open with the static factories, work through a {@link StoreSession} ({@link #asOperator()}
 * for the passphrase holder, {@link #as(User)} for a logged-in user), and close it. Thread-safe.
 * The passphrase array is not kept; callers should zero theirs.
 */
public final class CaseStore implements AutoCloseable {
    /**
     * The passphrase holder of a store opened from the command line: administers it and reads
     * identifying data of every source (the lone researcher of a laptop install).
     */
    public static final User OPERATOR = new User("operator", Set.of(Role.ADMIN, Role.RESEARCHER), Set.of(), true);

    private final StoreContext ctx;

    private CaseStore(StoreContext ctx) {
        this.ctx = ctx;
    }

    /** Creates a new embedded store in {@code dir} with production key-derivation costs. */
    public static CaseStore createEmbedded(Path dir, char[] passphrase) {
        return createEmbedded(dir, passphrase, KdfParameters.DEFAULT);
    }

    /**
     * Creates a new embedded store in {@code dir} (created if missing, must not hold a store).
     *
     * @throws StoreAlreadyExistsException if {@code dir} already holds a store
     * @throws IllegalArgumentException if the passphrase is too short (12 characters minimum)
     */
    public static CaseStore createEmbedded(Path dir, char[] passphrase, KdfParameters kdf) {
        EmbeddedFiles files = new EmbeddedFiles(dir);
        if (files.exists()) throw new StoreAlreadyExistsException("a store already exists in " + dir);
        KeyringRoot root = KeyringRoot.create(Unlock.passphrase(passphrase), kdf);
        files.createDirectory();
        files.writeHeader(root.header());
        Database db = null;
        try {
            db = Database.openH2(dir, chars(root.h2FilePassword()), true);
            return start(db, root, files, true);
        } catch (RuntimeException e) {
            if (db != null) db.close();
            files.deleteAfterFailedCreate();
            throw e;
        }
    }

    /**
     * Opens the embedded store in {@code dir}.
     *
     * @throws StoreNotFoundException if {@code dir} holds no store
     * @throws org.uncounted.security.keys.WrongPassphraseException if the passphrase is wrong
     */
    public static CaseStore openEmbedded(Path dir, char[] passphrase) {
        EmbeddedFiles files = new EmbeddedFiles(dir);
        if (!files.exists()) {
            throw new StoreNotFoundException(
                    "no store in " + dir + " (create one with: uncounted init --data " + dir + ")");
        }
        KeyringHeader current = files.readHeader();
        java.util.Optional<KeyringHeader> next = files.readNextHeader();
        KeyringRoot root = unlockEither(current, next.orElse(null), passphrase);
        Database db = Database.openH2(dir, chars(root.h2FilePassword()), false);
        if (next.isPresent()) {
            try {
                java.util.Set<String> keks = db.jdbi()
                        .withHandle(h -> h.createQuery("SELECT DISTINCT kek_id FROM wrapped_keys")
                                .mapTo(String.class)
                                .set());
                KeyRotation.reconcile(files, current, next.get(), root.header(), keks);
            } catch (RuntimeException e) {
                root.close();
                db.close();
                throw e;
            }
        }
        return start(db, root, files, false);
    }

    /** Unlocks the header, or the staged header of an interrupted rotation (old or new passphrase). */
    private static KeyringRoot unlockEither(KeyringHeader current, KeyringHeader next, char[] passphrase) {
        try {
            return KeyringRoot.unlock(current, Unlock.passphrase(passphrase));
        } catch (org.uncounted.security.keys.WrongPassphraseException e) {
            if (next == null) throw e;
            return KeyringRoot.unlock(next, Unlock.passphrase(passphrase));
        }
    }

    /** Initialises a store in a PostgreSQL database (production key-derivation costs). */
    public static CaseStore createOnServer(String jdbcUrl, char[] passphrase) {
        return createOnServer(jdbcUrl, null, passphrase, KdfParameters.DEFAULT);
    }

    /**
     * Initialises a store in a PostgreSQL database, in {@code schema} if not null (created when
     * missing). The keyring header is kept in the database itself.
     *
     * @throws StoreAlreadyExistsException if the database already holds a keyring
     */
    public static CaseStore createOnServer(String jdbcUrl, String schema, char[] passphrase, KdfParameters kdf) {
        Database db = Database.openPostgres(jdbcUrl, schema);
        try {
            if (db.readKeyringHeader().isPresent()) {
                throw new StoreAlreadyExistsException("the database already holds an Uncounted store");
            }
            KeyringRoot root = KeyringRoot.create(Unlock.passphrase(passphrase), kdf);
            db.writeKeyringHeader(root.header().encode());
            return start(db, root, null, true);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens the store in a PostgreSQL database. */
    public static CaseStore open(String jdbcUrl, char[] passphrase) {
        return open(jdbcUrl, null, passphrase);
    }

    /**
     * Opens the store in a PostgreSQL database ({@code schema} may be null).
     *
     * @throws StoreNotFoundException if the database holds no store
     */
    public static CaseStore open(String jdbcUrl, String schema, char[] passphrase) {
        Database db = Database.openPostgres(jdbcUrl, schema);
        try {
            byte[] header = db.readKeyringHeader()
                    .orElseThrow(() -> new StoreNotFoundException(
                            "the database holds no Uncounted store (create one with: uncounted init --db URL)"));
            KeyringRoot root = KeyringRoot.unlock(KeyringHeader.decode(header), Unlock.passphrase(passphrase));
            return start(db, root, null, false);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static CaseStore start(Database db, KeyringRoot root, EmbeddedFiles files, boolean created) {
        Keyring keyring = Keyring.of(root, new ScopedWrappedKeys(db.jdbi()));
        byte[] mac = keyring.auditMacKey();
        AuditTrail audit;
        try {
            audit = new AuditTrail(db.jdbi(), mac, Clock.systemUTC());
        } finally {
            Arrays.fill(mac, (byte) 0);
        }
        StoreContext ctx = new StoreContext(db, keyring, audit, files);
        if (files != null) {
            ctx.setAnchor(new AuditAnchor(files.dir().resolve(AUDIT_ANCHOR), keyring, Clock.systemUTC()));
        }
        if (created) {
            ctx.write(h -> {
                ctx.audit()
                        .append(
                                OPERATOR.userId(),
                                AuditAction.KEYRING_CREATED,
                                List.of(root.header().kekId()));
                return null;
            });
        }
        return new CaseStore(ctx);
    }

    private static byte[] chars(char[] hex) {
        byte[] b = new byte[hex.length];
        for (int i = 0; i < hex.length; i++) b[i] = (byte) hex[i];
        Arrays.fill(hex, '\0');
        return b;
    }

    /** The store as its passphrase holder ({@link #OPERATOR}). */
    public StoreSession asOperator() {
        return new StoreSession(ctx, OPERATOR);
    }

    /** The store as an authenticated user; every operation is checked against the access policy. */
    public StoreSession as(User user) {
        return new StoreSession(ctx, user);
    }

    /**
     * Logs a user in: password, and a TOTP code for roles that read identifying data. Failures
     * are counted (the account locks for 15 minutes after 5) and audited, successes too.
     *
     * @throws LoginFailedException without saying which check failed
     */
    public StoreSession login(String username, char[] password, String totpCode) {
        java.util.Optional<User> user = ctx.write(h -> {
            var u = new org.uncounted.store.internal.Users(h, ctx.keyring(), ctx.passwordParameters())
                    .authenticate(username, password, totpCode, java.time.Instant.now());
            String actor = org.uncounted.security.keys.Ids.ID.matcher(username).matches() ? username : "unknown";
            ctx.audit()
                    .append(actor, u.isPresent() ? AuditAction.LOGIN_SUCCEEDED : AuditAction.LOGIN_FAILED, List.of());
            return u;
        });
        return new StoreSession(ctx, user.orElseThrow(() -> new LoginFailedException("login failed for " + username)));
    }

    /** File name of an embedded store's external audit anchor, in its data directory. */
    public static final String AUDIT_ANCHOR = "audit.anchor";

    /**
     * Keeps the external audit anchor (a signed checkpoint, rewritten after every write) in
     * {@code file} instead of the default (embedded: {@code audit.anchor} in the data directory;
     * server: none). Put it outside the database's reach: another disk, another machine's share.
     * An existing anchor there is checked by {@link StoreSession#verifyAudit()}.
     *
     * @return this store
     */
    public CaseStore withAuditAnchor(Path file) {
        ctx.setAnchor(new AuditAnchor(file, ctx.keyring(), Clock.systemUTC()));
        return this;
    }

    /** Where the store lives (directory or "PostgreSQL"), for messages. */
    public String location() {
        return ctx.location();
    }

    /** Runs {@code body} in one database transaction (advanced use; sessions do this for you). */
    <R> R inTransaction(java.util.function.Function<org.jdbi.v3.core.Handle, R> body) {
        return TxScope.inTransaction(ctx.db().jdbi(), body);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) ctx.close(); // idempotent: a shutdown hook may close it first
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
}
