package org.uncounted.store;

/**
 * What one committed import did.
 *
 * @param file the file imported
 * @param source the source its records were stored under
 * @param read records read from the file
 * @param created new cases
 * @param updated cases already stored whose content changed (revision + 1)
 * @param unchanged cases already stored with identical content (nothing written)
 * @param skippedPurged records of cases that were purged (crypto-shredded) and stay so
 * @param millis wall time of the import
 */
public record ImportReport(
        String file,
        String source,
        long read,
        long created,
        long updated,
        long unchanged,
        long skippedPurged,
        long millis) {
    /** Records per second. */
    public double rate() {
        return millis == 0 ? read : read * 1000.0 / millis;
    }
}
