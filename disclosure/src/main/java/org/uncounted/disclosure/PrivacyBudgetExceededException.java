package org.uncounted.disclosure;

import java.math.BigDecimal;

/** A differentially private release was refused because it would exceed the dataset's lifetime ε. */
public class PrivacyBudgetExceededException extends SecurityException {
    private static final long serialVersionUID = 1L;

    public PrivacyBudgetExceededException(String datasetId, BigDecimal spent, BigDecimal requested, BigDecimal cap) {
        super("release refused for dataset " + datasetId + ": spent ε=" + spent.toPlainString() + " + requested ε="
                + requested.toPlainString() + " exceeds lifetime cap ε=" + cap.toPlainString());
    }
}
