package org.uncounted.linkage;

/**
 * A reviewer's decision about a pair of records; stored decisions override the model on the next
 * run (a "match" links the pair with probability 1, a "non-match" separates it with 0).
 */
public record Decision(String recordIdA, String recordIdB, boolean match) {
    public Decision {
        if (recordIdA == null || recordIdB == null || recordIdA.equals(recordIdB)) {
            throw new InvalidLinkageInputException("a decision needs two different record ids");
        }
    }

    /** Reads "match"/"same"/"1"/"yes"/"true" as a match and "non-match"/"different"/"0"/"no"/"false" as not. */
    public static boolean parseDecision(String s, String where) {
        String v = s == null ? "" : s.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "match", "same", "1", "yes", "true", "m" -> true;
            case "non-match", "nonmatch", "no-match", "different", "0", "no", "false", "n" -> false;
            default ->
                throw new InvalidLinkageInputException(
                        where + ": decision must be match or non-match (got a value of length " + v.length() + ")");
        };
    }
}
