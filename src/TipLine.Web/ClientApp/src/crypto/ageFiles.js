// The age operations the intake and follow-up need, over typage with its WebCrypto path off. One recipient or
// identity per call for a tip: every piece of it is encrypted to exactly one key (the tip key, or one wrap per
// reader). A reward claim is the exception: one file to every reward officer of the programme and the whistleblower.
import { Decrypter, Encrypter } from "./typageWithoutWebCrypto.js";

const SECRET_KEY_PREFIX = "AGE-SECRET-KEY-1";

function encrypterFor(...recipients) {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
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

/** Binary age file of plaintext to every "age1…" recipient: any one of their identities opens it. */
export function encryptBytesToAll(plaintext, recipients) {
  if (!Array.isArray(recipients) || recipients.length === 0) throw new Error("At least one recipient is needed.");
  return encrypterFor(...recipients).encrypt(plaintext);
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
