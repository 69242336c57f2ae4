package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.uncounted.app.web.auth.WebUser;
import org.uncounted.app.web.cases.SyntheticCases;
import org.uncounted.app.web.jobs.JobRunner;
import org.uncounted.app.web.review.LinkageService;
import org.uncounted.security.access.Role;
import org.uncounted.security.access.User;

class LinkageAndEstimatesTest {
    static final JobRunner.Progress NO_PROGRESS = new JobRunner.Progress() {
        @Override
        public void total(long total) {}

        @Override
        public void done(long done) {}
    };

    WebServices services() {
        WebServices s = TestAccounts.services();
        s.importRecorded(SyntheticCases.generate(80, 7L, s.cases().repository(), s.places()));
        return s;
    }

    @Test
    void linkage_syntheticDuplicates_queuesPairsWithContributions_andDecisionsAreKept() {
        try (WebServices s = services()) {
            WebUser reviewer = WebUser.of(User.of("u1", Role.RESEARCHER));
            s.linkage().run(NO_PROGRESS, reviewer.id());
            assertThat(s.linkage().hasRun()).isTrue();
            assertThat(s.linkage().personIds())
                    .hasSize(s.cases().repository().count(org.uncounted.app.web.cases.CaseFilter.ANY));
            LinkageService.Pair p = s.linkage().next().orElseThrow();
            assertThat(p.contributions()).isNotEmpty();
            s.linkage().decide(p.id(), LinkageService.Verdict.ACCEPT, reviewer);
            assertThat(s.linkage().decisions()).hasSize(1);
            assertThat(s.linkage().next()).map(LinkageService.Pair::id).isNotEqualTo(java.util.Optional.of(p.id()));
            s.linkage().run(NO_PROGRESS, reviewer.id());
            String[] ids = p.id().split("~");
            assertThat(s.linkage().personIds().get(ids[0]))
                    .as("an accepted pair is one person")
                    .isEqualTo(s.linkage().personIds().get(ids[1]));
        }
    }

    @Test
    void estimates_afterLinkage_giveIntervalsAroundTheEstimate() {
        try (WebServices s = services()) {
            s.linkage().run(NO_PROGRESS, "u1");
            s.estimates().runEstimates(NO_PROGRESS, 20);
            assertThat(s.estimates().estimates()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.lower()).isLessThanOrEqualTo(e.estimate());
                assertThat(e.upper()).isGreaterThanOrEqualTo(e.estimate());
                assertThat(e.estimate()).isGreaterThanOrEqualTo(e.observed());
            });
            assertThat(s.estimates().shares()).isNotEmpty();
            assertThat(s.estimates().prices()).isNotEmpty();
            assertThat(s.estimates().durations()).isNotEmpty();
        }
    }
}
