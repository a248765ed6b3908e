// Usage: node unwrap.mjs AGE-SECRET-KEY-1…(whistleblower) < wrap.age   → prints the wrapped identity
import "./insecureContext.mjs";
import { unwrapIdentity } from "../src/crypto/ageFiles.js";
import { fail, readStandardInput } from "./stdio.mjs";

try {
  process.stdout.write((await unwrapIdentity(await readStandardInput(), process.argv[2] ?? "")) + "\n");
} catch (error) {
  fail(error);
}
