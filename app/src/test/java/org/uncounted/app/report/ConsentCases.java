package org.uncounted.app.report;

/**
 * Three hand-made cases of one source: analysis granted; storage only; analysis granted and then
 * withdrawn (2020-06-01) before the analysis date used in the test (2021-01-01).
 */
final class ConsentCases {
    private ConsentCases() {}

    static final String FILE = "{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo-c\","
            + "\"organisation\":\"Synthetic NGO C\",\"type\":\"interview\",\"interviewDate\":\"2019-05\","
            + "\"language\":\"ko\",\"interviewCountry\":\"KR\",\"reliability\":\"high\"},\"cases\":["
            + one(
                    "granted",
                    "{\"grants\":[{\"purpose\":\"store\",\"date\":\"2019-05-14\",\"method\":\"written\"},"
                            + "{\"purpose\":\"analyse\",\"date\":\"2019-05-14\",\"method\":\"written\"}]}")
            + ","
            + one("store-only", "{\"grants\":[{\"purpose\":\"store\",\"date\":\"2019-05-14\",\"method\":\"written\"}]}")
            + ","
            + one(
                    "withdrawn",
                    "{\"grants\":[{\"purpose\":\"store\",\"date\":\"2019-05-14\",\"method\":\"written\"},"
                            + "{\"purpose\":\"analyse\",\"date\":\"2019-05-14\",\"method\":\"written\"}],"
                            + "\"withdrawals\":[{\"purpose\":\"analyse\",\"date\":\"2020-06-01\"}]}")
            + "]}";

    private static String one(String id, String consent) {
        return "{\"caseId\":\"" + id + "\",\"sourceRecordId\":\"rec-" + id + "\",\"recordedOn\":\"2019-05-14\","
                + "\"consent\":" + consent + ","
                + "\"persons\":[{\"id\":\"v1\",\"pseudonym\":\"Ms " + id + "\",\"sex\":\"female\","
                + "\"origin\":\"KP-09\",\"possiblyInChina\":false,\"currentStatus\":\"in_rok\",\"groupSize\":1}],"
                + "\"events\":[{\"id\":\"e1\",\"type\":\"border_crossing\",\"date\":\"2015-01\","
                + "\"involvements\":[{\"person\":\"v1\",\"role\":\"victim\"}],\"reliability\":\"high\","
                + "\"sourceConnection\":\"direct_victim\"}]}";
    }
}
