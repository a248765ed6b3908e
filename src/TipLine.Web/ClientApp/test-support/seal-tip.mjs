// Usage: node seal-tip.mjs '{"config":{…intake page config…},"fields":[["name","value"],…],
//                           "files":[{"name","type","size"}]}'
// Runs the browser's tip preparation (tip key, receipt, Argon2id, answers, wraps) on a FormData built from the
// fields and prints {"receipt":"<display form>","tipIdentity":"AGE-SECRET-KEY-1…","tip":{…POST …/tip body…}}.
import "./insecureContext.mjs";
import { prepareTip } from "../src/intake/prepareTip.js";
import { groupReceiptDigits } from "../src/receipt/receiptFormat.js";
import { fail } from "./stdio.mjs";

try {
  const { config, fields, files } = JSON.parse(process.argv[2] ?? "");
  const formData = new FormData();
  for (const [name, value] of fields) formData.append(name, value);
  const { receiptDigits, tipKey, sealed } = await prepareTip(config, formData, files);
  process.stdout.write(JSON.stringify({
    receipt: groupReceiptDigits(receiptDigits),
    tipIdentity: tipKey.identity,
    tip: sealed,
  }) + "\n");
} catch (error) {
  fail(error);
}
