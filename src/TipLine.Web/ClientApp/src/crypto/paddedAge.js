// Every whistleblower plaintext is padded to its Padmé bucket before age encryption, and unpadded after decryption
// (design §3: ciphertext length says little). These pair the two steps so no caller can forget one.
import { decryptBytes, decryptStream, encryptBytesToAll, encryptStream } from "./ageFiles.js";
import { padBytes, unpadBytes } from "../padding/padBytes.js";
import { padStream } from "../padding/padStream.js";
import { createUnpaddingTransform } from "../padding/unpadStream.js";

/** pad → age to recipient, in memory (answers, messages). */
export function sealPaddedBytes(plaintext, recipient) {
  return sealPaddedBytesForAll(plaintext, [recipient]);
}

/** pad → age to several recipients, in memory (a reward claim or contest, read by every reward officer). */
export async function sealPaddedBytesForAll(plaintext, recipients) {
  const padded = padBytes(plaintext);
  try {
    return await encryptBytesToAll(padded, recipients);
  } finally {
    padded.fill(0);
  }
}

/** age → unpad, in memory; rejects on a damaged file or malformed padding. */
export async function openPaddedBytes(ciphertext, identity) {
  const padded = await decryptBytes(ciphertext, identity);
  return unpadBytes(padded);
}

/** pad → age, streaming (files); the result has size(plaintextLength of the padded data). */
export function sealPaddedStream(plaintextStream, recipient) {
  return encryptStream(padStream(plaintextStream), recipient);
}

/** age → unpad, streaming; the stream errors on damage, so consume it to the end before trusting any of it. */
export async function openPaddedStream(ciphertextStream, identity) {
  const padded = await decryptStream(ciphertextStream, identity);
  return padded.pipeThrough(createUnpaddingTransform());
}
