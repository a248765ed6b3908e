// Follow-up login with JavaScript: the receipt never leaves the browser; the server gets a solved proof of work
// and the lookup secret, and answers 204 with the session cookie when that secret belongs to a tip.
import { deriveReceiptKeys } from "../crypto/receiptKeys.js";
import { base64ToBytes } from "../encoding/base64.js";
import { apiUrl, readJsonResponse, send } from "../http/api.js";
import { ApiError } from "../http/apiErrors.js";
import { obtainProofOfWork } from "../pow/obtainProofOfWork.js";

/**
 * @param {string} receiptDigits 28 ASCII digits, already parsed and checked
 * @param {{lang: string, salt: string, argon2: object}} config
 * @param {{message: Function, onProgress: (text: string) => void}} ui
 * @returns {Promise<string>} the whistleblower's "AGE-SECRET-KEY-1…" identity
 */
export async function loginWithReceipt(receiptDigits, config, { message, onProgress }) {
  // Keys first: the challenge then has its whole lifetime for the request that redeems it.
  onProgress(message("DerivingKeys"));
  const keys = await deriveReceiptKeys(receiptDigits, base64ToBytes(config.salt), config.argon2);
  onProgress(message("SolvingProofOfWork"));
  const proof = await obtainProofOfWork("login", config.lang);
  const response = await send(apiUrl("/api/followup/login", config.lang), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ ...proof, lookupSecret: keys.lookupSecretHex }),
  });
  if (response.status === 204) return keys.identity;
  const body = await readJsonResponse(response);
  throw new ApiError(response.status, null, null, body); // a 2xx other than 204 set no session
}
