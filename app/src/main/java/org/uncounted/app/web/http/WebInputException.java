package org.uncounted.app.web.http;

/** A request field failed validation. The message names the field and the rule, never the value. */
public class WebInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String field;

    public WebInputException(String code, String field, String rule) {
        super("field '" + field + "': " + rule);
        this.code = code;
        this.field = field;
    }

    public static WebInputException invalid(String field, String rule) {
        return new WebInputException("invalid_field", field, rule);
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
