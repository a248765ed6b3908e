// A reward claim or contest with JavaScript: the same JSON as the server's ClaimContent / ContestContent, checked
// by the same rules (ClaimContentRules), padded and sealed here to the programme's reward officers and the
// whistleblower's own key. The server receives only the claim's kind, the notice or claim id and the age file.
import { sealPaddedBytesForAll } from "../crypto/paddedAge.js";
import { bytesToBase64 } from "../encoding/base64.js";
import { apiUrl, postJson } from "../http/api.js";

export const CLAIMANT_KINDS = Object.freeze(["Identified", "Represented", "Anonymous"]);

const DEFAULT_LIMITS = Object.freeze({ maximumFieldLength: 2000, maximumStatementLength: 10000 });

const text = (value) => (typeof value === "string" ? value.replace(/\r\n/g, "\n").trim() : "");

/** ClaimContentRules.Normalise: trimmed, and no identity at all in an anonymous claim. */
export function normaliseClaim(fields, kind) {
  const claim = {
    name: text(fields.name),
    contact: text(fields.contact),
    payout: text(fields.payout),
    representative: text(fields.representative),
    statement: text(fields.statement),
    v: 1,
  };
  if (kind === "Anonymous") {
    claim.name = "";
    claim.contact = "";
    claim.payout = "";
    claim.representative = "";
  }
  return claim;
}

/** ClaimContentRules.Problems: message names (see RewardClientJson) of what the claim lacks for its kind. */
export function claimProblems(claim, kind, limits = DEFAULT_LIMITS) {
  if (!CLAIMANT_KINDS.includes(kind)) return ["KindRequired"];
  const problems = [];
  if (kind === "Identified" && claim.name === "") problems.push("NameRequired");
  if (kind === "Identified" && claim.payout === "") problems.push("PayoutRequired");
  if (kind === "Represented" && claim.representative === "") problems.push("RepresentativeRequired");
  if ([claim.name, claim.contact, claim.payout, claim.representative].some((value) => value.length > limits.maximumFieldLength)) {
    problems.push("FieldTooLong");
  }
  if (claim.statement.length > limits.maximumStatementLength) problems.push("StatementTooLong");
  return problems;
}

export function contestProblems(contest, limits = DEFAULT_LIMITS) {
  if (contest.statement === "") return ["ContestStatementRequired"];
  return contest.statement.length > limits.maximumStatementLength ? ["StatementTooLong"] : [];
}

/** The document padded and sealed to every recipient, as ClaimContent.SealFor / ContestContent.SealFor do. */
export async function sealForRecipients(document, recipients) {
  const json = new TextEncoder().encode(JSON.stringify(document));
  try {
    return await sealPaddedBytesForAll(json, recipients);
  } finally {
    json.fill(0);
  }
}

export async function sendClaim({ noticeId, kind, claim, recipients, language, onProgress, message }) {
  onProgress(message("Encrypting"));
  const ciphertext = await sealForRecipients(claim, recipients);
  onProgress(message("Sending"));
  await postJson(apiUrl("/api/followup/claims", language), { noticeId, kind, ciphertext: bytesToBase64(ciphertext) });
}

export async function sendContest({ claimId, contest, recipients, language, onProgress, message }) {
  onProgress(message("Encrypting"));
  const ciphertext = await sealForRecipients(contest, recipients);
  onProgress(message("Sending"));
  await postJson(apiUrl("/api/followup/contests", language), { claimId, ciphertext: bytesToBase64(ciphertext) });
}
