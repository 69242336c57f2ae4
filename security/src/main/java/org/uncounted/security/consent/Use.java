package org.uncounted.security.consent;

import java.util.EnumSet;
import java.util.Set;
import org.uncounted.model.vocab.ConsentPurpose;

/**
 * What an analysis or action does with a case, and the consent purposes it needs. Every use
 * also needs {@link ConsentPurpose#STORE}: without consent to keep the record there is nothing
 * to analyse (and the case is due for purge).
 */
public enum Use {
    /** Keeping and reading the record (documentation). */
    DOCUMENTATION(EnumSet.of(ConsentPurpose.STORE)),
    /** Counts, estimates, linkage for statistics. */
    STATISTICS(EnumSet.of(ConsentPurpose.STORE, ConsentPurpose.ANALYSE)),
    /** Anonymised quotation or case summary in a publication. */
    QUOTATION(EnumSet.of(ConsentPurpose.STORE, ConsentPurpose.PUBLISH_ANONYMISED)),
    /** Sharing the record with a named partner. */
    SHARING(EnumSet.of(ConsentPurpose.STORE, ConsentPurpose.SHARE)),
    /** Naming the survivor in public. */
    PUBLIC_NAMING(EnumSet.of(ConsentPurpose.STORE, ConsentPurpose.PUBLIC_IDENTITY)),
    /** Evidence in legal or accountability proceedings. */
    LEGAL(EnumSet.of(ConsentPurpose.STORE, ConsentPurpose.LEGAL_PROCEEDINGS));

    private final Set<ConsentPurpose> requires;

    Use(Set<ConsentPurpose> requires) {
        this.requires = Set.copyOf(requires);
    }

    /** The consent purposes this use needs, all of them. */
    public Set<ConsentPurpose> requires() {
        return requires;
    }
}
