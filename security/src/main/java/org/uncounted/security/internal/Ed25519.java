package org.uncounted.security.internal;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Ed25519 (RFC 8032) signatures via BouncyCastle's lightweight API. */
public final class Ed25519 {
    private Ed25519() {}

    /** The 32-byte public key of a 32-byte private seed. */
    public static byte[] publicKey(byte[] seed) {
        return new Ed25519PrivateKeyParameters(seed, 0).generatePublicKey().getEncoded();
    }

    /** Signs {@code message} with the 32-byte private seed; 64-byte signature. */
    public static byte[] sign(byte[] seed, byte[] message) {
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, new Ed25519PrivateKeyParameters(seed, 0));
        s.update(message, 0, message.length);
        return s.generateSignature();
    }

    /** True if {@code signature} is a valid signature of {@code message} under the 32-byte public key. */
    public static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || publicKey.length != 32 || signature == null || signature.length != 64) {
            return false;
        }
        Ed25519Signer s = new Ed25519Signer();
        s.init(false, new Ed25519PublicKeyParameters(publicKey, 0));
        s.update(message, 0, message.length);
        return s.verifySignature(signature);
    }
}
