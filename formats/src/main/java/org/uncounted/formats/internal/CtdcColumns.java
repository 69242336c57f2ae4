package org.uncounted.formats.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.uncounted.model.vocab.MeansOfControl;

/**
 * The columns of the published CTDC global dataset (The_Global_Dataset_Apr_2020.csv, as listed in
 * documentation-anchors.md §4.2), in that order, and the value spellings it uses.
 */
public final class CtdcColumns {
    public static final String MISSING = "-99";

    public static final List<String> AGE_BANDS =
            List.of("0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+");
    static final int[][] AGE_BOUNDS = {
        {0, 8}, {9, 17}, {18, 20}, {21, 23}, {24, 26}, {27, 29}, {30, 38}, {39, 47}, {48, 120}
    };

    /** CTDC means-of-control column suffix for each of our values that has one. */
    public static final Map<MeansOfControl, String> MEANS = Map.ofEntries(
            Map.entry(MeansOfControl.DEBT_BONDAGE, "DebtBondage"),
            Map.entry(MeansOfControl.TAKES_EARNINGS, "TakesEarnings"),
            Map.entry(MeansOfControl.RESTRICTS_FINANCIAL_ACCESS, "RestrictsFinancialAccess"),
            Map.entry(MeansOfControl.THREATS, "Threats"),
            Map.entry(MeansOfControl.PSYCHOLOGICAL_ABUSE, "PsychologicalAbuse"),
            Map.entry(MeansOfControl.PHYSICAL_ABUSE, "PhysicalAbuse"),
            Map.entry(MeansOfControl.SEXUAL_ABUSE, "SexualAbuse"),
            Map.entry(MeansOfControl.FALSE_PROMISES, "FalsePromises"),
            Map.entry(MeansOfControl.PSYCHOACTIVE_SUBSTANCES, "PsychoactiveSubstances"),
            Map.entry(MeansOfControl.RESTRICTS_MOVEMENT, "RestrictsMovement"),
            Map.entry(MeansOfControl.RESTRICTS_MEDICAL_CARE, "RestrictsMedicalCare"),
            Map.entry(MeansOfControl.EXCESSIVE_WORKING_HOURS, "ExcessiveWorkingHours"),
            Map.entry(MeansOfControl.USES_CHILDREN, "UsesChildren"),
            Map.entry(MeansOfControl.THREAT_OF_LAW_ENFORCEMENT, "ThreatOfLawEnforcement"),
            Map.entry(MeansOfControl.WITHHOLDS_NECESSITIES, "WithholdsNecessities"),
            Map.entry(MeansOfControl.WITHHOLDS_DOCUMENTS, "WithholdsDocuments"),
            Map.entry(MeansOfControl.OTHER, "Other"));

    public static final List<String> MEANS_SUFFIXES = List.of(
            "DebtBondage",
            "TakesEarnings",
            "RestrictsFinancialAccess",
            "Threats",
            "PsychologicalAbuse",
            "PhysicalAbuse",
            "SexualAbuse",
            "FalsePromises",
            "PsychoactiveSubstances",
            "RestrictsMovement",
            "RestrictsMedicalCare",
            "ExcessiveWorkingHours",
            "UsesChildren",
            "ThreatOfLawEnforcement",
            "WithholdsNecessities",
            "WithholdsDocuments",
            "Other",
            "NotSpecified");
    public static final List<String> EXPLOIT_FLAGS = List.of(
            "isForcedLabour",
            "isSexualExploit",
            "isOtherExploit",
            "isSexAndLabour",
            "isForcedMarriage",
            "isForcedMilitary",
            "isOrganRemoval",
            "isSlaveryAndPractices",
            "isAbduction");
    public static final List<String> LABOUR_SUFFIXES = List.of(
            "Agriculture",
            "Aquafarming",
            "Begging",
            "Construction",
            "DomesticWork",
            "Hospitality",
            "IllicitActivities",
            "Manufacturing",
            "MiningOrDrilling",
            "Peddling",
            "Transportation",
            "Other",
            "NotSpecified");
    public static final List<String> SEX_SUFFIXES =
            List.of("Prostitution", "Pornography", "RemoteInteractiveServices", "PrivateSexualServices");
    public static final List<String> RECRUITER_SUFFIXES =
            List.of("IntimatePartner", "Friend", "Family", "Other", "Unknown");
    public static final List<String> RECRUITER_VALUES =
            List.of("Intimate Partner", "Friend", "Family", "Other", "Unknown");

    /** Every column, in file order. */
    public static final List<String> ALL = all();

    /** Columns a CTDC file must have for us to read it. */
    public static final List<String> REQUIRED = List.of(
            "yearOfRegistration",
            "gender",
            "ageBroad",
            "citizenship",
            "isForcedLabour",
            "isSexualExploit",
            "isForcedMarriage",
            "CountryOfExploitation");

    private CtdcColumns() {}

    private static List<String> all() {
        List<String> c = new ArrayList<>(List.of(
                "yearOfRegistration",
                "Datasource",
                "gender",
                "ageBroad",
                "majorityStatus",
                "majorityStatusAtExploit",
                "majorityEntry",
                "citizenship"));
        MEANS_SUFFIXES.forEach(s -> c.add("meansOfControl" + s));
        c.add("meansOfControlConcatenated");
        c.addAll(EXPLOIT_FLAGS);
        c.add("typeOfExploitConcatenated");
        LABOUR_SUFFIXES.forEach(s -> c.add("typeOfLabour" + s));
        c.add("typeOfLabourConcatenated");
        SEX_SUFFIXES.forEach(s -> c.add("typeOfSex" + s));
        c.add("typeOfSexConcatenated");
        c.add("RecruiterRelationship");
        RECRUITER_SUFFIXES.forEach(s -> c.add("recruiterRelation" + s));
        c.add("CountryOfExploitation");
        return List.copyOf(c);
    }

    /** The CTDC band containing [min, max] entirely, or {@link #MISSING}. */
    public static String ageBroad(int min, int max) {
        for (int i = 0; i < AGE_BOUNDS.length; i++) {
            if (min >= AGE_BOUNDS[i][0] && max <= AGE_BOUNDS[i][1]) {
                return AGE_BANDS.get(i);
            }
        }
        return MISSING;
    }

    /** Bounds of a CTDC age band, or null if the text is not one. */
    public static int[] bounds(String band) {
        int i = AGE_BANDS.indexOf(band);
        return i < 0 ? null : AGE_BOUNDS[i];
    }

    /** "Adult", "Minor" or -99 for an age interval. */
    public static String majority(int min, int max) {
        if (min >= 18) {
            return "Adult";
        }
        return max < 18 ? "Minor" : MISSING;
    }
}
