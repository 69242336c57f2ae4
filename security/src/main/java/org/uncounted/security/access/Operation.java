package org.uncounted.security.access;

/** Every operation the policy decides. Adding one forces a decision in {@link AccessPolicy}. */
public enum Operation {
    READ_IDENTIFYING,
    READ_CODED,
    READ_PUBLISHED,
    CREATE_CASE,
    EDIT_CASE,
    PURGE_CASE,
    IMPORT,
    EXPORT_IDENTIFYING,
    EXPORT_CODED,
    RUN_LINKAGE,
    DECIDE_LINK,
    RUN_ESTIMATE,
    PUBLISH,
    MANAGE_CONSENT,
    MANAGE_USERS,
    MANAGE_KEYS,
    MANAGE_BACKUPS,
    VIEW_AUDIT
}
