package org.uncounted.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncounted.model.Case;
import org.uncounted.model.Consent;
import org.uncounted.model.ConsentGrant;
import org.uncounted.model.ConsentWithdrawal;
import org.uncounted.model.Person;
import org.uncounted.model.vocab.ConsentMethod;
import org.uncounted.model.vocab.ConsentPurpose;
import org.uncounted.security.audit.AuditAction;
import org.uncounted.security.audit.AuditEntry;

/** Recorded releases and the withdrawals that affect them, on every backend. */
abstract class ReleaseContract extends BackendTests {
    @TempDir
    Path files;

    private static final LocalDate GRANTED = LocalDate.of(2019, 5, 14);

    private static Case analysable(int n, boolean withdrawn) {
        Consent c = Consent.none()
                .withGrant(new ConsentGrant(ConsentPurpose.STORE, null, GRANTED, ConsentMethod.WRITTEN))
                .withGrant(new ConsentGrant(ConsentPurpose.ANALYSE, null, GRANTED, ConsentMethod.WRITTEN));
        if (withdrawn)
            c = c.withWithdrawal(new ConsentWithdrawal(ConsentPurpose.ANALYSE, null, LocalDate.of(2021, 3, 1)));
        return Case.builder("m-" + n, Fixtures.SOURCE.id(), "mrec-" + n)
                .person(Person.builder("p").build())
                .consent(c)
                .build();
    }

    @Test
    void releasesAffectedByConsent_afterWithdrawalOfOneUsedCase_listsExactlyThatCase() {
        try (CaseStore store = backend().create()) {
            StoreSession s = store.asOperator();
            s.importJson(
                    Fixtures.write(
                            files.resolve("a.json"),
                            List.of(analysable(1, false), analysable(2, false), analysable(3, false))),
                    null,
                    Progress.NONE);
            List<Long> ids =
                    s.listCases(null, 10, 0).stream().map(CaseSummary::id).toList();
            assertThat(ids).hasSize(3);
            assertThat(s.recordRelease("rel-1", "0.1.0", "snap-abc", "fp-def", "{\"seed\":1}", ids))
                    .isTrue();
            assertThat(s.recordRelease("rel-1", "0.1.0", "snap-abc", "fp-def", "{\"seed\":1}", ids))
                    .isFalse();
            assertThat(s.releasesAffectedByConsent(LocalDate.now())).isEmpty();

            s.importJson(Fixtures.write(files.resolve("b.json"), List.of(analysable(2, true))), null, Progress.NONE);
            long withdrawn = s.listCases(null, 10, 0).stream()
                    .filter(c -> c.sourceRecordId().equals("mrec-2"))
                    .findFirst()
                    .orElseThrow()
                    .id();

            assertThat(s.releasesAffectedByConsent(LocalDate.now()))
                    .containsExactly(new AffectedRelease("rel-1", 3, List.of(withdrawn)));
            var audit = s.verifyAudit();
            assertThat(audit.valid()).as(audit.reason()).isTrue();
            List<AuditEntry> published = store
                    .inTransaction(h -> h.createQuery("SELECT entry FROM audit_log ORDER BY seq")
                            .mapTo(byte[].class)
                            .list())
                    .stream()
                    .map(AuditEntry::decode)
                    .filter(e -> e.action() == AuditAction.PUBLISHED)
                    .toList();
            assertThat(published)
                    .singleElement()
                    .satisfies(e -> assertThat(e.objectIds()).containsExactly("rel-1", "cases-3"));
        }
    }
}
