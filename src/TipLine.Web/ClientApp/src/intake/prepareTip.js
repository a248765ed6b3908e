// Everything a tip needs that is made in the browser, before any file is uploaded: a fresh tip key, a fresh
// receipt and its keys, the encrypted answers and the wraps of the tip key.
import { deriveReceiptKeys } from "../crypto/receiptKeys.js";
import { generateX25519Identity } from "../crypto/x25519Identity.js";
import { base64ToBytes } from "../encoding/base64.js";
import { generateReceiptDigits } from "../receipt/generateReceipt.js";
import { buildAnswers } from "./buildAnswers.js";
import { sealTip } from "./sealTip.js";

/**
 * @param {{lang: string, recipients: string[], salt: string, argon2: object}} config the intake page config
 * @param {FormData} formData
 * @param {{name: string, type: string, size: number}[]} files
 * @param {{onKeysDerived?: () => void}} [events] called between the slow key derivation and the encryption
 * @returns {Promise<{receiptDigits: string, tipKey: {identity: string, recipient: string}, sealed: object}>}
 */
export async function prepareTip(config, formData, files, { onKeysDerived } = {}) {
  const tipKey = generateX25519Identity();
  const receiptDigits = generateReceiptDigits();
  const receiptKeys = await deriveReceiptKeys(receiptDigits, base64ToBytes(config.salt), config.argon2);
  onKeysDerived?.();
  const sealed = await sealTip(buildAnswers(formData, files, config.lang), tipKey, receiptKeys, config.recipients);
  return { receiptDigits, tipKey, sealed };
}
