package org.uncounted.figures;

/** Input to a figure is outside its domain; the message names the argument, its value and the rule. */
public class InvalidFigureInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidFigureInputException(String message) {
        super(message);
    }
}
