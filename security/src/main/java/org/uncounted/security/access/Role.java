package org.uncounted.security.access;

/**
 * The five roles. What each may do is {@link AccessPolicy}'s table; what each sees is
 * summarised in docs/security.md.
 */
public enum Role {
    /** Manages users, keys, backups and the audit log; publishes. Does not read identifying data. */
    ADMIN,
    /** Reads and edits identifying data of the sources they are permitted; runs and decides linkage. */
    RESEARCHER,
    /** Creates cases in permitted sources; reads and edits only the cases they created. */
    INTERVIEWER,
    /** Coded fields and aggregates of permitted sources only; runs estimates. */
    ANALYST,
    /** Published results only. */
    VIEWER;

    /** Roles that can read identifying data must log in with a second factor (TOTP). */
    public boolean readsIdentifying() {
        return this == RESEARCHER || this == INTERVIEWER;
    }
}
