package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.security.keys.WrongPassphraseException;

/**
 * A crash between the rotation's commit and the rename of {@code keyring.next}: the next open
 * finishes the rotation (new passphrase works, old one is refused); a stale staged header of a
 * rotation that never committed is discarded (old passphrase works).
 */
class EmbeddedRotationCrashTest {
    static final char[] NEW_PASS = "a different and long passphrase".toCharArray();

    @TempDir
    Path dir;

    @Test
    void open_crashAfterCommitBeforeRename_newPassphraseFinishesRotation_oldRefused() throws Exception {
        Path store = dir.resolve("s");
        Backend b = Backend.h2(store);
        byte[] oldHeader;
        try (CaseStore s = b.create()) {
            s.asOperator()
                    .importJson(Fixtures.write(dir.resolve("c.json"), Fixtures.rich(2, 1, "")), null, Progress.NONE);
            oldHeader = Files.readAllBytes(store.resolve("keyring.header"));
            s.asOperator().rotateMasterKey(NEW_PASS);
        }
        // the state a crash right after the commit leaves: new header staged, old one in force
        Files.move(store.resolve("keyring.header"), store.resolve("keyring.next"));
        Files.write(store.resolve("keyring.header"), oldHeader);
        assertThatThrownBy(() -> b.reopen(Backend.PASSPHRASE)).isInstanceOf(WrongPassphraseException.class);
        assertThat(store.resolve("keyring.next")).exists();
        try (CaseStore s = b.reopen(NEW_PASS)) {
            long id = s.asOperator().listCases(null, 10, 0).get(0).id();
            assertThat(s.asOperator().readDocument(id)).isNotEmpty();
        }
        assertThat(store.resolve("keyring.next")).doesNotExist();
        assertThat(Files.readAllBytes(store.resolve("keyring.header"))).isNotEqualTo(oldHeader);
    }

    @Test
    void open_staleStagedHeaderOfUncommittedRotation_oldPassphraseWorks_stagedDiscarded() throws Exception {
        Path store = dir.resolve("s");
        Backend b = Backend.h2(store);
        try (CaseStore s = b.create()) {
            s.asOperator()
                    .importJson(Fixtures.write(dir.resolve("c.json"), Fixtures.rich(2, 1, "")), null, Progress.NONE);
        }
        // a staged header whose rotation never committed: take one from a rotated copy of the store
        Path copy = dir.resolve("copy");
        copyDir(store, copy);
        try (CaseStore s = Backend.h2(copy).reopen(Backend.PASSPHRASE)) {
            s.asOperator().rotateMasterKey(NEW_PASS);
        }
        Files.copy(copy.resolve("keyring.header"), store.resolve("keyring.next"));
        assertThatThrownBy(() -> b.reopen(NEW_PASS)).isInstanceOf(WrongPassphraseException.class);
        try (CaseStore s = b.reopen(Backend.PASSPHRASE)) {
            long id = s.asOperator().listCases(null, 10, 0).get(0).id();
            assertThat(s.asOperator().readDocument(id)).isNotEmpty();
        }
        assertThat(store.resolve("keyring.next")).doesNotExist();
    }

    private static void copyDir(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
