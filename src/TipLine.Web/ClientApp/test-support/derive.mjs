// Usage: node derive.mjs '{"digits":"…28 digits…","salt":"<base64>","memoryKiB":1024,"iterations":1,
//                          "parallelism":1,"withoutWebAssembly":false}'
// Prints {"identity","recipient","lookupHashHex","lookupSecretHex","argon2Implementation"}. With withoutWebAssembly
// the WebAssembly global is removed first, as in a browser that disabled it, so the pure-JS Argon2id must run.
import "./insecureContext.mjs";
import { fail } from "./stdio.mjs";

try {
  const request = JSON.parse(process.argv[2] ?? "");
  if (request.withoutWebAssembly) delete globalThis.WebAssembly;
  const { deriveReceiptKeys } = await import("../src/crypto/receiptKeys.js");
  const salt = new Uint8Array(Buffer.from(request.salt, "base64"));
  const result = await deriveReceiptKeys(request.digits, salt, {
    memoryKiB: request.memoryKiB,
    iterations: request.iterations,
    parallelism: request.parallelism,
  });
  process.stdout.write(JSON.stringify(result) + "\n");
} catch (error) {
  fail(error);
}
