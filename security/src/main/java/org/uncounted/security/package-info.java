/**
 * Uncounted security: keys, field encryption, blind indexes, crypto-shredding, the audit log,
 * users and roles, sessions, consent and place rules, backups. No database: the store persists
 * what this module produces through small SPIs.
 *
 * <h2>How the store uses it</h2>
 *
 * <pre>{@code
 * // create (once): persist the header in a file BESIDE the database, never inside it
 * KeyringRoot root = KeyringRoot.create(Unlock.passphrase(chars), KdfParameters.DEFAULT);
 * Files.write(headerPath, root.header().encode());
 * // open: unlock the header, open H2 with the derived file password, then build the keyring
 * KeyringRoot root = KeyringRoot.unlock(KeyringHeader.decode(Files.readAllBytes(headerPath)), unlock);
 * char[] h2 = root.h2FilePassword();          // jdbc:h2:...;CIPHER=AES, password "h2 userpw"
 * Keyring keyring = Keyring.of(root, myWrappedKeyRepository);   // store implements the SPI
 * keyring.createCaseKey(caseId);
 * byte[] ct = keyring.encrypt(new FieldAddress(caseId, "person.name", personId), bytes);
 * String bi = keyring.blindIndexer().index("name.hangul", nameKey);  // exact-match lookups
 * keyring.destroy(caseId);                     // purge = crypto-shred
 * AuditLog audit = AuditLog.open(myAuditSink, keyring.auditMacKey(), clock);
 * audit.append(userId, AuditAction.CASE_PURGED, caseId);
 * AccessPolicy.DEFAULT.check(user, Operation.READ_IDENTIFYING, Resource.ofCase(src, caseId, owner));
 * }</pre>
 *
 * <p>Packages: {@code keys} (keyring, envelope encryption, blind indexes), {@code audit}
 * (hash-chained MACed log and verifier), {@code access} (roles, operations, policy), {@code auth}
 * (passwords, TOTP, login throttling, sessions), {@code backup} (encrypted archives),
 * {@code consent} and {@code place} (rules over model values). See docs/security.md.
 */
package org.uncounted.security;
