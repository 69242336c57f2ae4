package org.uncounted.security.keys;

/**
 * Outcome of a master-key rotation.
 *
 * @param header the new header to persist (replacing the old one)
 * @param keysRewrapped how many wrapped keys (case and backup) were re-wrapped
 */
public record RotationResult(KeyringHeader header, int keysRewrapped) {}
