// What the encrypted paths need. Without one of these the script leaves the forms alone and they post to the
// server's no-JavaScript endpoints, which encrypt on arrival (ADR 0017), rather than failing with a dead button.
export function supportsBrowserEncryption() {
  return (
    typeof fetch === "function" &&
    typeof ReadableStream === "function" &&
    typeof TransformStream === "function" &&
    typeof TextEncoder === "function" &&
    typeof TextDecoder === "function" &&
    typeof FormData === "function" &&
    typeof Blob === "function" &&
    typeof Blob.prototype.stream === "function" &&
    typeof crypto === "object" &&
    typeof crypto?.getRandomValues === "function"
  );
}
