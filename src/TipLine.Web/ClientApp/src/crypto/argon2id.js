// Argon2id v0x13 for the receipt derivation: hash-wasm (WebAssembly) when the browser allows it, otherwise the
// pure-JavaScript implementation of @noble/hashes, which computes the same function (slower, but Tor Browser on
// "Safer" turns WebAssembly off). Both are proven equal to the C# derivation by TipLine.Web.Tests.
import { argon2id as argon2idInWebAssembly } from "hash-wasm";
import { argon2idAsync as argon2idInJavaScript } from "@noble/hashes/argon2.js";

export const Argon2Implementation = Object.freeze({ WebAssembly: "webassembly", JavaScript: "javascript" });

// The pure-JS version yields to the event loop after this many milliseconds, so the page can repaint its progress.
const JAVASCRIPT_TICK_MILLISECONDS = 50;

/**
 * @param {Uint8Array} password
 * @param {Uint8Array} salt
 * @param {{memoryKiB: number, iterations: number, parallelism: number}} parameters (validated by the caller)
 * @param {number} outputLength bytes
 * @returns {Promise<{output: Uint8Array, implementation: string}>}
 */
export async function deriveArgon2id(password, salt, { memoryKiB, iterations, parallelism }, outputLength) {
  if (typeof WebAssembly === "object" && WebAssembly !== null) {
    try {
      const output = await argon2idInWebAssembly({
        password,
        salt,
        iterations,
        parallelism,
        memorySize: memoryKiB,
        hashLength: outputLength,
        outputType: "binary",
      });
      return { output, implementation: Argon2Implementation.WebAssembly };
    } catch {
      // WebAssembly present but refused (policy, CSP without 'wasm-unsafe-eval', memory): compute it in JS instead.
    }
  }
  const output = await argon2idInJavaScript(password, salt, {
    t: iterations,
    m: memoryKiB,
    p: parallelism,
    dkLen: outputLength,
    version: 0x13,
    asyncTick: JAVASCRIPT_TICK_MILLISECONDS,
  });
  return { output, implementation: Argon2Implementation.JavaScript };
}
