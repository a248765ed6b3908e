// JSON calls to TipLine's /api. Only ciphertext, ids, proofs and offsets ever go into a URL or a body.
import { ApiError, NetworkError } from "./apiErrors.js";

/** "/api/…?lang=fr&offset=…": the language rides along so error messages come back in the page's language. */
export function apiUrl(path, language, query = {}) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) parameters.set(name, String(value));
  if (language) parameters.set("lang", language);
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
}

async function readJsonBody(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * fetch that turns a failed connection into NetworkError and keeps cookies to this origin only. Redirects are not
 * followed: an API never redirects, and following one (say, to a login page answering 200) would look like success;
 * the opaque redirect has status 0 and so fails the ok check.
 */
export async function send(url, init) {
  try {
    return await fetch(url, { credentials: "same-origin", cache: "no-store", redirect: "manual", ...init });
  } catch (error) {
    if (error?.name === "AbortError") throw error;
    throw new NetworkError(error);
  }
}

/** Throws ApiError unless the response is 2xx; returns its JSON body (null when empty). */
export async function readJsonResponse(response) {
  const body = await readJsonBody(response);
  if (!response.ok) {
    throw new ApiError(response.status, body?.error, typeof body?.message === "string" ? body.message : null, body);
  }
  return body;
}

/** POST JSON, expect 2xx, return the JSON answer (null for 204). */
export async function postJson(url, body, { headers = {}, signal } = {}) {
  const response = await send(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
    body: JSON.stringify(body ?? {}),
    signal,
  });
  return readJsonResponse(response);
}
