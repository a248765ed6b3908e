// Usage: node derive.mjs '{"digits":"…28 digits…","salt":"<base64>","memoryKiB":1024,"iterations":1,"parallelism":1}'
// Prints {"identity":"AGE-SECRET-KEY-1…","recipient":"age1…","lookupHashHex":"…"}.
import "./insecureContext.mjs";
import { deriveReceiptKeys } from "../src/crypto/receiptKeys.js";
import { fail } from "./stdio.mjs";

try {
  const request = JSON.parse(process.argv[2] ?? "");
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
