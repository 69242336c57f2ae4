package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.cases.ModelCases;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.formats.CaseJsonReader;
import org.uncounted.model.Case;

class ModelCasesTest {
    /** The example file of docs/formats.md. */
    static final String FILE =
            "{\"format\":\"uncounted-cases\",\"version\":1,\"source\":{\"id\":\"ngo-a\",\"organisation\":\"Synthetic NGO A\","
                    + "\"type\":\"interview\",\"interviewDate\":\"2019-05\",\"interviewerPseudonym\":\"interviewer-7\",\"language\":\"ko\","
                    + "\"interviewCountry\":\"KR\",\"reliability\":\"high\"},\"cases\":[{\"caseId\":\"case-1\",\"sourceRecordId\":\"rec-1\","
                    + "\"recordedOn\":\"2019-05-14\",\"language\":\"ko\",\"narrative\":\"Synthetic narrative 1.\","
                    + "\"consent\":{\"grants\":[{\"purpose\":\"store\",\"date\":\"2019-05-14\",\"method\":\"written\"}]},"
                    + "\"persons\":[{\"id\":\"v1\",\"pseudonym\":\"Ms Song 1\",\"names\":[{\"script\":\"hangul\",\"text\":\"가나다\"}],"
                    + "\"sex\":\"female\",\"age\":{\"years\":\"24-25\",\"reckoning\":\"korean\",\"statedOn\":\"2018\"},\"origin\":\"KP-09\","
                    + "\"nationality\":\"KP\",\"ethnicity\":\"korean\",\"possiblyInChina\":false,\"currentStatus\":\"in_rok\",\"groupSize\":1},"
                    + "{\"id\":\"h1\",\"sex\":\"male\",\"ethnicity\":\"han\",\"possiblyInChina\":false,\"currentStatus\":\"unknown\",\"groupSize\":1}],"
                    + "\"events\":[{\"id\":\"e2\",\"type\":\"border_crossing\",\"date\":\"2015-01\",\"place\":{\"id\":\"CN-222406\",\"precision\":\"county_city\"},"
                    + "\"involvements\":[{\"person\":\"v1\",\"role\":\"victim\"}],\"reliability\":\"high\",\"sourceConnection\":\"direct_victim\","
                    + "\"river\":\"tumen\",\"departure\":{\"id\":\"KP-09-MUSAN\",\"precision\":\"county_city\"},"
                    + "\"fee\":{\"amount\":3000,\"currency\":\"USD\",\"year\":2015},\"feePayer\":\"broker_on_credit\",\"bribeToGuards\":true},"
                    + "{\"id\":\"e3\",\"type\":\"sale\",\"date\":\"2015-02\",\"place\":{\"id\":\"CN-222400\",\"precision\":\"prefecture\"},"
                    + "\"involvements\":[{\"person\":\"v1\",\"role\":\"victim\"},{\"person\":\"h1\",\"role\":\"buyer_husband\"}],"
                    + "\"reliability\":\"high\",\"sourceConnection\":\"direct_victim\",\"price\":{\"amount\":12000,\"currency\":\"CNY\",\"year\":2015},"
                    + "\"saleIndex\":1,\"saleType\":\"to_husband\",\"buyer\":{\"person\":\"h1\",\"role\":\"buyer_husband\"}},"
                    + "{\"id\":\"e4\",\"type\":\"exploitation_spell\",\"date\":\"2015-02\",\"place\":{\"id\":\"CN-HL\",\"precision\":\"province\"},"
                    + "\"involvements\":[{\"person\":\"v1\",\"role\":\"victim\"},{\"person\":\"h1\",\"role\":\"buyer_husband\"}],"
                    + "\"reliability\":\"high\",\"sourceConnection\":\"direct_victim\",\"exploitationType\":\"forced_marriage\","
                    + "\"venueType\":\"household\",\"end\":\"2017/2018\",\"meansOfControl\":[\"restricts_movement\",\"threat_of_denunciation\"],"
                    + "\"childrenBorn\":1}]}]}";

    @Test
    void toTestimony_formatsExample_keepsVictimTrajectoryAndConsent() {
        List<Case> cases = new ArrayList<>();
        CaseJsonReader.standard()
                .read(
                        new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)),
                        "example.json",
                        (c, line) -> cases.add(c));
        assertThat(cases).hasSize(1);
        Testimony t = ModelCases.toTestimony(cases.get(0));
        assertThat(t.id()).isEqualTo("case-1");
        assertThat(t.person().name().reveal(CaseService.webAccess())).isEqualTo("가나다");
        assertThat(t.person().originPlace()).isEqualTo("KP-09");
        assertThat(t.crossing().year()).isEqualTo(2015);
        assertThat(t.sales()).singleElement().satisfies(s -> {
            assertThat(s.amount()).isEqualByComparingTo(BigDecimal.valueOf(12000));
            assertThat(s.currency()).isEqualTo("CNY");
            assertThat(s.saleType()).isEqualTo("to_husband");
            assertThat(s.place()).isEqualTo("CN-222400");
        });
        assertThat(t.spells()).singleElement().satisfies(s -> {
            assertThat(s.exploitationType()).isEqualTo("forced_marriage");
            assertThat(s.startYear()).isEqualTo(2015);
            assertThat(s.endYear()).as("2017/2018 is not within one year").isNull();
        });
        assertThat(t.consent().given()).isTrue();
        assertThat(t.consent().purposes()).containsExactly("store");
        assertThat(t.narrativeLanguage()).isEqualTo("ko");
    }
}
