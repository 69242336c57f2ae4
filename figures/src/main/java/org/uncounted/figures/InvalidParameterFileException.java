package org.uncounted.figures;

/** A revenue parameter file is malformed; the message names the file, line, field and rule. */
public class InvalidParameterFileException extends InvalidFigureInputException {
    private static final long serialVersionUID = 1L;

    public InvalidParameterFileException(String file, int line, String message) {
        super(file + " line " + line + ": " + message);
    }
}
