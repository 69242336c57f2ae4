package org.uncounted.app.web.auth;

/** What a request may do. Identifying content (names, narratives, exact places) needs {@link #READ_IDENTIFYING}. */
public enum Permission {
    RECORD_CASES,
    READ_IDENTIFYING,
    REVIEW_LINKS,
    READ_AGGREGATES,
    RUN_JOBS,
    MANAGE_USERS
}
