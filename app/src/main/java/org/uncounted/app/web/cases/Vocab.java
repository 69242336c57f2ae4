package org.uncounted.app.web.cases;

import java.util.Arrays;
import java.util.List;
import org.uncounted.app.web.http.WebInputException;
import org.uncounted.model.money.Currency;
import org.uncounted.model.vocab.ConsentPurpose;
import org.uncounted.model.vocab.EscapeOutcome;
import org.uncounted.model.vocab.ExploitationType;
import org.uncounted.model.vocab.SaleType;
import org.uncounted.model.vocab.Vocabulary;

/** The model's controlled vocabularies as the forms offer them; labels come from {@code vocab.<name>.<code>}. */
public enum Vocab {
    EXPLOITATION("exploitation", ExploitationType.values()),
    SALE("sale", SaleType.values()),
    EXIT("exit", EscapeOutcome.values()),
    CONSENT("consent", ConsentPurpose.values()),
    CURRENCY("currency", Currency.values());

    private final String name;
    private final List<String> codes;

    Vocab(String name, Vocabulary[] values) {
        this.name = name;
        this.codes = Arrays.stream(values).map(Vocabulary::code).toList();
    }

    public List<String> codes() {
        return codes;
    }

    public String labelKey(String code) {
        return "vocab." + name + "." + code;
    }

    /** {@code code} if it is one of this vocabulary's, null if blank; otherwise a {@link WebInputException}. */
    public String check(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!codes.contains(code)) {
            throw WebInputException.invalid(field, "must be one of " + codes);
        }
        return code;
    }
}
