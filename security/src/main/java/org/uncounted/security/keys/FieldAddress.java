package org.uncounted.security.keys;

/**
 * Where an encrypted value lives: its case, field (e.g. {@code "person.name_hangul"}) and row.
 * The address is the AEAD associated data, so a ciphertext decrypts only at the address it was
 * written for; copying it to another case, field or row fails authentication.
 *
 * @param caseId the case whose data key encrypts the value
 * @param field a stable field name, {@code table.column} style
 * @param rowId the row (or element) id inside the case; use the case id for one-per-case fields
 */
public record FieldAddress(String caseId, String field, String rowId) {
    public FieldAddress {
        Ids.require("caseId", caseId);
        Ids.require("field", field);
        Ids.require("rowId", rowId);
    }

    /** Associated data bytes bound to every ciphertext at this address. */
    public byte[] associatedData() {
        return org.uncounted.security.internal.Bytes.lengthPrefixed("uncounted/field/v1", caseId, field, rowId);
    }
}
