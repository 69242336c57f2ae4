package org.uncounted.disclosure;

/**
 * Complementary suppression could not protect every suppressed cell of a release (for example a
 * small cell whose value another table of the release publishes exactly and that cannot be
 * hidden there). The release must be coarsened or split; it must not be published.
 */
public class UnprotectableReleaseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnprotectableReleaseException(String message) {
        super(message);
    }
}
