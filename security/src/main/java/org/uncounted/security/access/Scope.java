package org.uncounted.security.access;

/** How far a role's permission for one operation reaches. */
public enum Scope {
    /** Never. */
    NONE,
    /** Any resource. */
    ANY,
    /** Resources of a source the user is permitted (a system-wide resource needs all sources). */
    PERMITTED_SOURCE,
    /** Cases the user created, in a permitted source (for CREATE_CASE: a permitted source). */
    OWN_CASE
}
