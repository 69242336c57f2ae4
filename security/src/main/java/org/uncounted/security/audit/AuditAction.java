package org.uncounted.security.audit;

/**
 * What an audit entry records. Persisted by name: never rename a constant, only add.
 */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    USER_CREATED,
    USER_CHANGED,
    USER_DISABLED,
    ACCESS_DENIED,
    CASE_CREATED,
    CASE_EDITED,
    CASE_PURGED,
    IDENTIFYING_READ,
    IMPORTED,
    EXPORTED_IDENTIFYING,
    EXPORTED_CODED,
    LINKAGE_RUN,
    LINK_DECIDED,
    ESTIMATE_RUN,
    PUBLISHED,
    CONSENT_CHANGED,
    KEY_CREATED,
    KEY_DESTROYED,
    KEYRING_CREATED,
    KEYRING_ROTATED,
    BACKUP_CREATED,
    BACKUP_VERIFIED,
    BACKUP_RESTORED,
    BACKUP_KEYS_EXPIRED,
    AUDIT_VERIFIED,
    /** A release was charged to a dataset's privacy budget (ids: dataset, release, ε, spent after, cap). */
    BUDGET_CHARGED,
    /** A release was refused because it would pass the dataset's lifetime ε cap (same ids). */
    BUDGET_REFUSED,
    /** Disclosure control prepared a release (ids: dataset, release, ε, counts of suppressions). */
    RELEASE_PREPARED,
    /** Cases were looked up by the blind index of an identifying value (ids: domain, number of hits). */
    BLIND_INDEX_LOOKUP
}
