package org.uncounted.simulate;

/**
 * A simulation parameter file or setting is malformed or out of range. The message names the file,
 * line, key, value and the rule that failed.
 */
public final class InvalidSimulationParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSimulationParameterException(String message) {
        super(message);
    }
}
