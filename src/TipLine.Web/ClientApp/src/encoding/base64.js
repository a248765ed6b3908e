// Base64 without Buffer or WebCrypto helpers: atob/btoa exist in every browser and in node.

const BINARY_STRING_SLICE = 0x8000; // keeps String.fromCharCode's argument list well under engine limits

/** Standard base64 (with padding) of bytes. */
export function bytesToBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += BINARY_STRING_SLICE) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + BINARY_STRING_SLICE));
  }
  return btoa(binary);
}

/** Decodes standard base64 or base64url, with or without padding; throws on anything else. */
export function base64ToBytes(text) {
  if (typeof text !== "string" || !/^[A-Za-z0-9+/\-_]*={0,2}$/.test(text)) {
    throw new Error("Not base64 text.");
  }
  let normalized = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (normalized.length % 4 === 1) throw new Error("Not base64 text.");
  normalized += "=".repeat((4 - (normalized.length % 4)) % 4);
  const binary = atob(normalized);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
