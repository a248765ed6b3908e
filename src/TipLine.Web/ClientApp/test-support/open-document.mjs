// Usage: node open-document.mjs AGE-SECRET-KEY-1…(tip key) < "<base64 age of padded JSON>" > JSON
// How the follow-up page opens [data-age-ciphertext] answers and messages.
import "./insecureContext.mjs";
import { decryptDocument } from "../src/followup/decryptDocument.js";
import { fail, readStandardInput } from "./stdio.mjs";

try {
  const base64 = new TextDecoder().decode(await readStandardInput()).trim();
  process.stdout.write(JSON.stringify(await decryptDocument(base64, process.argv[2] ?? "")) + "\n");
} catch (error) {
  fail(error);
}
