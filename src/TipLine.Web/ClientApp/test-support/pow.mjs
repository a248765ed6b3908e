// Usage: node pow.mjs '{"challenge":"<base64url>","difficulty":N}'   → prints the nonce (16 hex digits)
import "./insecureContext.mjs";
import { base64ToBytes } from "../src/encoding/base64.js";
import { solveProofOfWork } from "../src/pow/solveProofOfWork.js";
import { fail } from "./stdio.mjs";

try {
  const { challenge, difficulty } = JSON.parse(process.argv[2] ?? "");
  process.stdout.write((await solveProofOfWork(base64ToBytes(challenge), difficulty)) + "\n");
} catch (error) {
  fail(error);
}
