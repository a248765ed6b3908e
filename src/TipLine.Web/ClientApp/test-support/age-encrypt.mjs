// Usage: node age-encrypt.mjs age1… < plaintext > ciphertext.age   (binary age, typage's noble X25519 path)
import "./insecureContext.mjs";
import { Encrypter } from "../src/crypto/typageWithoutWebCrypto.js";
import { fail, readStandardInput, writeStandardOutput } from "./stdio.mjs";

try {
  const encrypter = new Encrypter();
  encrypter.addRecipient(process.argv[2] ?? "");
  await writeStandardOutput(await encrypter.encrypt(await readStandardInput()));
} catch (error) {
  fail(error);
}
