// A JSON document (answers or a message) from its base64 age ciphertext: decrypt with the tip key, unpad, parse.
import { openPaddedBytes } from "../crypto/paddedAge.js";
import { base64ToBytes } from "../encoding/base64.js";

export async function decryptDocument(ciphertextBase64, tipIdentity) {
  const plaintext = await openPaddedBytes(base64ToBytes(ciphertextBase64), tipIdentity);
  const document = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(plaintext));
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new Error("The decrypted document is not a JSON object.");
  }
  return document;
}
