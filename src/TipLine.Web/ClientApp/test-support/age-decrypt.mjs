// Usage: node age-decrypt.mjs AGE-SECRET-KEY-1… < ciphertext.age > plaintext   (non-zero exit if the file is refused)
import "./insecureContext.mjs";
import { Decrypter } from "../src/crypto/typageWithoutWebCrypto.js";
import { fail, readStandardInput, writeStandardOutput } from "./stdio.mjs";

try {
  const decrypter = new Decrypter();
  decrypter.addIdentity(process.argv[2] ?? "");
  await writeStandardOutput(await decrypter.decrypt(await readStandardInput()));
} catch (error) {
  fail(error);
}
