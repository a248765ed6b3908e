// Receipt key derivation, byte for byte the same as TipLine.Crypto.Receipts.ReceiptKeys.Derive:
//   okm = Argon2id v0x13(password = ASCII of the 28 digits, salt = deployment salt, m, t, p, 64 bytes)
//   identity = AGE-SECRET-KEY-1 bech32 of okm[0..32]; lookup secret = okm[32..64];
//   lookup hash = SHA-256(lookup secret).
// Follow-up login sends the lookup secret (the server hashes it); a new tip sends only the hash.
// No WebCrypto: crypto.subtle is absent outside secure contexts (e.g. an onion service over http).
import { sha256 } from "@noble/hashes/sha2.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { deriveArgon2id } from "./argon2id.js";
import { encodeBech32 } from "./bech32.js";
import { bytesToHex } from "../encoding/hex.js";

const DIGIT_COUNT = 28;
const OUTPUT_LENGTH = 64;
const MINIMUM_SALT_LENGTH = 16;

function checkPositiveInteger(name, value) {
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name} must be a positive integer.`);
}

/**
 * Derives a receipt's keys for this deployment.
 * @param {string} receiptDigits the 28 ASCII digits, without separators
 * @param {Uint8Array} deploymentSaltBytes the deployment salt (16 bytes or more)
 * @param {{memoryKiB: number, iterations: number, parallelism: number}} parameters Argon2id cost
 * @returns {Promise<{identity: string, recipient: string, lookupHashHex: string, lookupSecretHex: string,
 *   argon2Implementation: string}>} argon2Implementation says whether WebAssembly or the pure-JS fallback ran
 */
export async function deriveReceiptKeys(receiptDigits, deploymentSaltBytes, { memoryKiB, iterations, parallelism }) {
  if (typeof receiptDigits !== "string" || !new RegExp(`^[0-9]{${DIGIT_COUNT}}$`).test(receiptDigits)) {
    throw new Error(`The receipt must be exactly ${DIGIT_COUNT} ASCII digits.`);
  }
  if (!(deploymentSaltBytes instanceof Uint8Array) || deploymentSaltBytes.length < MINIMUM_SALT_LENGTH) {
    throw new Error(`The deployment salt must be at least ${MINIMUM_SALT_LENGTH} bytes.`);
  }
  checkPositiveInteger("memoryKiB", memoryKiB);
  checkPositiveInteger("iterations", iterations);
  checkPositiveInteger("parallelism", parallelism);

  const password = new Uint8Array(DIGIT_COUNT);
  for (let i = 0; i < DIGIT_COUNT; i++) password[i] = receiptDigits.charCodeAt(i);
  let okm;
  let publicKey;
  let lookupHash;
  try {
    const parameters = { memoryKiB, iterations, parallelism };
    const derived = await deriveArgon2id(password, deploymentSaltBytes, parameters, OUTPUT_LENGTH);
    okm = derived.output;
    const secretKey = okm.subarray(0, 32); // views, zeroed with okm
    const lookupSecret = okm.subarray(32, 64);
    publicKey = x25519.getPublicKey(secretKey);
    lookupHash = sha256(lookupSecret);
    return {
      identity: encodeBech32("age-secret-key-", secretKey).toUpperCase(),
      recipient: encodeBech32("age", publicKey),
      lookupHashHex: bytesToHex(lookupHash),
      lookupSecretHex: bytesToHex(lookupSecret),
      argon2Implementation: derived.implementation,
    };
  } finally {
    password.fill(0);
    okm?.fill(0);
    publicKey?.fill(0);
    lookupHash?.fill(0);
  }
}
