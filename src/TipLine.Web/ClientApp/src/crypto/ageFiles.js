// The age operations the intake and follow-up need, over typage with its WebCrypto path off. One recipient or
// identity per call: every piece of a tip is encrypted to exactly one key (the tip key, or one wrap per reader).
import { Decrypter, Encrypter } from "./typageWithoutWebCrypto.js";

const SECRET_KEY_PREFIX = "AGE-SECRET-KEY-1";

function encrypterFor(recipient) {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter;
}

function decrypterFor(identity) {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return decrypter;
}

/** Binary age file of plaintext to one "age1…" recipient. */
export function encryptBytes(plaintext, recipient) {
  return encrypterFor(recipient).encrypt(plaintext);
}

/** Streaming age encryption; the result also has size(plaintextLength) → ciphertext length. */
export function encryptStream(plaintextStream, recipient) {
  return encrypterFor(recipient).encrypt(plaintextStream);
}

/** Decrypts a whole age file in memory with one "AGE-SECRET-KEY-1…" identity; rejects on any damage. */
export function decryptBytes(ciphertext, identity) {
  return decrypterFor(identity).decrypt(ciphertext);
}

/** Streaming decryption; the stream errors if the file is damaged or truncated, so read it to the end before use. */
export function decryptStream(ciphertextStream, identity) {
  return decrypterFor(identity).decrypt(ciphertextStream);
}

/**
 * Wraps an identity the way TipLine.Crypto.Keys.WrappedIdentity.Wrap does: the plaintext is the secret key line
 * plus a newline, so `age -d` of a wrap is itself an identity file.
 */
export function wrapIdentity(identity, recipient) {
  return encryptBytes(new TextEncoder().encode(`${identity}\n`), recipient);
}

/** Opens a wrap made by wrapIdentity or WrappedIdentity.Wrap; accepts only one secret key line, as the C# side. */
export async function unwrapIdentity(wrap, identity) {
  const plaintext = await decryptBytes(wrap, identity);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(plaintext);
    const line = text.endsWith("\n") ? text.slice(0, -1) : text;
    if (!line.startsWith(SECRET_KEY_PREFIX) || /[\r\n]/.test(line) || !/^[\x21-\x7e]+$/.test(line)) {
      throw new Error("The wrap does not contain a single age secret key line.");
    }
    return line;
  } finally {
    plaintext.fill(0);
  }
}
