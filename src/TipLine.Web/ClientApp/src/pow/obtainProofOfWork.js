// Asks the server for a challenge for one purpose ("submit" or "login") and solves it.
import { apiUrl, postJson } from "../http/api.js";
import { base64ToBytes } from "../encoding/base64.js";
import { solveProofOfWork } from "./solveProofOfWork.js";

/** @returns {Promise<{challenge: string, nonce: string}>} the body fields of a solved proof */
export async function obtainProofOfWork(purpose, language, { onProgress, signal } = {}) {
  const { challenge, difficulty } = await postJson(apiUrl("/api/pow/challenges", language), { purpose }, { signal });
  const nonce = await solveProofOfWork(base64ToBytes(challenge), difficulty, { onProgress, signal });
  return { challenge, nonce };
}
