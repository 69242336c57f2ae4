package org.uncounted.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogTest {
    static final byte[] KEY = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            KEY[i] = (byte) (i * 7 + 1);
        }
    }

    static List<AuditEntry> log(int n) {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        AuditLog log = AuditLog.open(sink, KEY, Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));
        AuditAction[] actions = AuditAction.values();
        for (int i = 0; i < n; i++) {
            log.append("u" + (i % 5), actions[i % actions.length], "case-" + i, "row-" + (i * 3));
        }
        return sink.entries();
    }

    @Test
    void verify_untouchedLog_isValid() {
        List<AuditEntry> entries = log(200);
        VerificationResult r = AuditVerifier.verify(
                entries, KEY, new AuditCheckpoint(200, entries.get(199).entryHash()));
        assertThat(r.valid()).isTrue();
        assertThat(r.entriesChecked()).isEqualTo(200);
        List<byte[]> enc = new ArrayList<>();
        entries.forEach(e -> enc.add(e.encode()));
        assertThat(AuditVerifier.verifyEncoded(enc, KEY, null).valid()).isTrue();
    }

    @Test
    void encodeDecode_roundTrips() {
        for (AuditEntry e : log(50)) {
            assertThat(AuditEntry.decode(e.encode())).isEqualTo(e);
        }
    }

    @Test
    void open_resumesChainFromLastEntry() {
        InMemoryAuditSink sink = new InMemoryAuditSink();
        Clock clock = Clock.systemUTC();
        AuditLog.open(sink, KEY, clock).append("u1", AuditAction.CASE_CREATED, "c1");
        AuditLog.open(sink, KEY, clock).append("u1", AuditAction.CASE_EDITED, "c1");
        assertThat(sink.entries()).extracting(AuditEntry::seq).containsExactly(1L, 2L);
        assertThat(AuditVerifier.verify(sink.entries(), KEY, null).valid()).isTrue();
    }

    @Test
    void append_contentInsteadOfId_isRejected() {
        AuditLog log = AuditLog.open(new InMemoryAuditSink(), KEY, Clock.systemUTC());
        assertThatThrownBy(() -> log.append("u1", AuditAction.IDENTIFYING_READ, "Kim Young-hee"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Kim");
    }

    @Test
    void deleteLastEntry_detectedOnlyWithCheckpoint() {
        List<AuditEntry> entries = log(10);
        AuditCheckpoint cp = new AuditCheckpoint(10, entries.get(9).entryHash());
        List<AuditEntry> truncated = entries.subList(0, 9);
        assertThat(AuditVerifier.verify(truncated, KEY, null).valid()).isTrue();
        VerificationResult r = AuditVerifier.verify(truncated, KEY, cp);
        assertThat(r.valid()).isFalse();
        assertThat(r.firstBadSeq()).isEqualTo(10);
    }

    @Test
    void rewrittenChainWithoutKey_failsMac() {
        List<AuditEntry> entries = log(5);
        byte[] otherKey = new byte[32];
        InMemoryAuditSink forged = new InMemoryAuditSink();
        AuditLog f = AuditLog.open(forged, otherKey, Clock.systemUTC());
        for (AuditEntry e : entries) {
            f.append(e.actorId(), e.action(), e.objectIds());
        }
        VerificationResult r = AuditVerifier.verify(forged.entries(), KEY, null);
        assertThat(r.valid()).isFalse();
        assertThat(r.firstBadSeq()).isEqualTo(1);
        assertThat(r.reason()).contains("MAC");
    }

    @Test
    void streamingVerifier_matchesListVerifier_onGoodAndBadLogs() {
        List<AuditEntry> entries = log(50);
        StreamingVerifier ok = new StreamingVerifier(
                KEY, new AuditCheckpoint(50, entries.get(49).entryHash()));
        entries.forEach(ok::accept);
        assertThat(ok.finish().valid()).isTrue();
        List<AuditEntry> bad = new ArrayList<>(entries);
        bad.remove(20);
        StreamingVerifier v = new StreamingVerifier(KEY, null);
        bad.forEach(v::accept);
        assertThat(v.finish()).isEqualTo(AuditVerifier.verify(bad, KEY, null));
        assertThat(v.finish().firstBadSeq()).isEqualTo(21);
    }
}
