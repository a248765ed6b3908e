// Usage: node seal-claim.mjs '{"kind":"Represented","fields":{"name":…,"representative":…},"recipients":["age1…",…]}'
//        node seal-claim.mjs '{"contest":{"statement":…},"recipients":[…]}'
// Runs the follow-up page's claim (or contest) preparation: the same normalising, checks and sealing as the form,
// and prints {"problems":[…],"document":{…},"ciphertext":"<base64 age file>"} (no ciphertext when refused).
import "./insecureContext.mjs";
import { bytesToBase64 } from "../src/encoding/base64.js";
import { claimProblems, contestProblems, normaliseClaim, sealForRecipients } from "../src/followup/rewardClaim.js";
import { fail } from "./stdio.mjs";

try {
  const { kind, fields, contest, recipients } = JSON.parse(process.argv[2] ?? "");
  const document = contest
    ? { statement: String(contest.statement ?? "").trim(), v: 1 }
    : normaliseClaim(fields ?? {}, kind);
  const problems = contest ? contestProblems(document) : claimProblems(document, kind);
  const ciphertext = problems.length === 0 ? bytesToBase64(await sealForRecipients(document, recipients)) : null;
  process.stdout.write(JSON.stringify({ problems, document, ciphertext }) + "\n");
} catch (error) {
  fail(error);
}
