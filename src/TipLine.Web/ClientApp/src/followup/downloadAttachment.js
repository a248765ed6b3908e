// Fetches an attachment's ciphertext, decrypts and unpads it as it streams in, and hands the browser a download
// only once the whole file has authenticated: a truncated or altered file produces no download at all.
import { openPaddedStream } from "../crypto/paddedAge.js";
import { readJsonResponse, send } from "../http/api.js";

/** Same-origin paths only ("/…", not "//host/…"), so a crafted attribute cannot send the session elsewhere. */
export function isSameOriginPath(url) {
  return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\");
}

/** @returns {Promise<Blob>} the plaintext, typed as opaque bytes so the browser saves it rather than renders it */
export async function fetchAndDecryptAttachment(url, tipIdentity) {
  if (!isSameOriginPath(url)) throw new Error("The attachment address is not on this site.");
  const response = await send(url, { method: "GET" });
  if (!response.ok || !response.body) {
    await readJsonResponse(response);
    throw new Error("The attachment could not be fetched.");
  }
  const plaintext = await openPaddedStream(response.body, tipIdentity);
  const parts = [];
  const reader = plaintext.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return new Blob(parts, { type: "application/octet-stream" });
}

const OBJECT_URL_LIFETIME_MILLISECONDS = 60_000;

/** Asks the browser to save blob under name. */
export function offerDownload(documentRoot, blob, name) {
  const view = documentRoot.defaultView;
  const address = view.URL.createObjectURL(blob);
  const link = documentRoot.createElement("a");
  link.href = address;
  link.download = name || "attachment";
  link.rel = "noopener";
  link.hidden = true;
  documentRoot.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(address), OBJECT_URL_LIFETIME_MILLISECONDS);
}
