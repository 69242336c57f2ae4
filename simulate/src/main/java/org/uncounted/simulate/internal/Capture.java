package org.uncounted.simulate.internal;

/**
 * One organisation meeting one woman.
 *
 * @param org index of the organisation in {@code org.ids}
 * @param month month of the record (interview, intake, incident)
 * @param eventIndex for incident lists, the index of the repatriation event recorded; else −1
 * @param duplicate true for the second record of a within-list duplicate (P-NOISE-7)
 */
public record Capture(int org, int month, int eventIndex, boolean duplicate) {}
