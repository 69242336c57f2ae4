package org.uncounted.security.keys;

/** What a wrapped key protects. */
public enum KeyKind {
    /** The data key of one case; destroying it crypto-shreds the case. */
    CASE,
    /** The key of one backup archive; destroying it makes that archive unreadable. */
    BACKUP
}
