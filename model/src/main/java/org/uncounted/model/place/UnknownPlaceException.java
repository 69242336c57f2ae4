package org.uncounted.model.place;

/** A place id, code or name is not in the gazetteer (or is ambiguous where one place is needed). */
public class UnknownPlaceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String place;

    public UnknownPlaceException(String place, String detail) {
        super("unknown place '" + place + "': " + detail);
        this.place = place;
    }

    public String place() {
        return place;
    }
}
