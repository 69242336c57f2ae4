package org.uncounted.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uncounted.security.internal.Bytes;
import org.uncounted.security.internal.Ed25519;

class SignedCheckpointTest {
    @Test
    void ed25519_rfc8032TestVector1() {
        byte[] seed = Bytes.unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        assertThat(Bytes.hex(Ed25519.publicKey(seed)))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(Bytes.hex(Ed25519.sign(seed, new byte[0])))
                .isEqualTo(
                        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    @Test
    void signedCheckpoint_verifiesAfterTextRoundTrip_failsWhenAltered() {
        List<AuditEntry> log = AuditLogTest.log(20);
        try (CheckpointSigner signer = new CheckpointSigner(new byte[32], "org.example.uncounted")) {
            SignedCheckpoint s = signer.sign(log, Instant.parse("2026-11-29T10:00:00Z"));
            assertThat(s.checkpoint())
                    .isEqualTo(new AuditCheckpoint(20, log.get(19).entryHash()));
            assertThat(s.treeRoot()).isEqualTo(MerkleTree.root(MerkleTree.leafHashes(log), 20));
            String otherTree = s.text().replace("tree " + Bytes.hex(s.treeRoot()), "tree " + "00".repeat(32));
            assertThat(SignedCheckpoint.parse(otherTree).verify(signer.publicKey()))
                    .isFalse();
            SignedCheckpoint parsed = SignedCheckpoint.parse(s.text());
            assertThat(parsed).isEqualTo(s);
            assertThat(parsed.verify(signer.publicKey())).isTrue();
            String forged = s.text().replace("size 20", "size 19");
            assertThat(SignedCheckpoint.parse(forged).verify(signer.publicKey()))
                    .isFalse();
            assertThat(s.verify(new CheckpointSigner(
                                    new byte[] {
                                        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                                        23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                                    },
                                    "other")
                            .publicKey()))
                    .isFalse();
            assertThat(signer.publicKeyText()).startsWith("ed25519 ");
        }
    }

    @Test
    void extendsCheckpoint_witnessAcceptsGrowth_rejectsRewrittenHistory() {
        List<AuditEntry> log = AuditLogTest.log(30);
        AuditCheckpoint at10 = new AuditCheckpoint(10, log.get(9).entryHash());
        AuditCheckpoint at30 = new AuditCheckpoint(30, log.get(29).entryHash());
        assertThat(AuditVerifier.extendsCheckpoint(at10, log.subList(10, 30), at30)
                        .valid())
                .isTrue();
        // a gap (entry 11 missing) or a shifted slice does not chain from the witnessed head at 10
        List<AuditEntry> other = AuditLogTest.log(31).subList(1, 31);
        assertThat(AuditVerifier.extendsCheckpoint(at10, log.subList(11, 30), at30)
                        .valid())
                .isFalse();
        assertThat(AuditVerifier.extendsCheckpoint(at10, other.subList(10, 30), at30)
                        .valid())
                .isFalse();
        assertThat(AuditVerifier.extendsCheckpoint(at30, List.of(), at30).valid())
                .isTrue();
    }
}
