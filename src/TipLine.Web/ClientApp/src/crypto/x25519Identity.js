// A fresh age X25519 key pair as strings, for a tip key (TK). Random bytes come from crypto.getRandomValues,
// which exists outside secure contexts too.
import { x25519 } from "@noble/curves/ed25519.js";
import { encodeBech32 } from "./bech32.js";

/** @returns {{identity: string, recipient: string}} "AGE-SECRET-KEY-1…" and "age1…" */
export function generateX25519Identity() {
  const secretKey = crypto.getRandomValues(new Uint8Array(32));
  let publicKey;
  try {
    publicKey = x25519.getPublicKey(secretKey);
    return {
      identity: encodeBech32("age-secret-key-", secretKey).toUpperCase(),
      recipient: encodeBech32("age", publicKey),
    };
  } finally {
    secretKey.fill(0);
    publicKey?.fill(0);
  }
}
