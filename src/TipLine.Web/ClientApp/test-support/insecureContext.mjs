// Imported first by every interop script: makes Node look like a page outside a secure context, where
// crypto.subtle is undefined and only crypto.getRandomValues exists, so any WebCrypto use fails the test.
import { webcrypto } from "node:crypto";

const getRandomValues = webcrypto.getRandomValues.bind(webcrypto);
Object.defineProperty(globalThis, "crypto", {
  value: Object.freeze({ getRandomValues }),
  configurable: false,
  enumerable: true,
  writable: false,
});
