// Takes over the reward section's claim and contest forms in a JavaScript session: what is typed is sealed in this
// tab to the recipients the page lists (data-recipients), then sent to the API. A form whose recipients cannot be
// read is left alone and posts to the server, which seals it in memory (the no-JavaScript path).
import { createMessages } from "../ui/messages.js";
import { readPageConfig } from "../ui/pageConfig.js";
import { clearErrors, showErrors } from "../ui/statusRegions.js";
import { submitAndReload } from "../ui/submitAndReload.js";
import { claimProblems, contestProblems, normaliseClaim, sendClaim, sendContest } from "./rewardClaim.js";

export const REWARD_CONFIG_ID = "tipline-reward-config";

function recipientsOf(form) {
  try {
    const recipients = JSON.parse(form.dataset.recipients ?? "");
    return Array.isArray(recipients) && recipients.length > 0 && recipients.every((r) => typeof r === "string" && r.startsWith("age1"))
      ? recipients
      : null;
  } catch {
    return null;
  }
}

function takeOver(form, errors, message, prepare) {
  const recipients = recipientsOf(form);
  if (!recipients) return;
  const progress = form.querySelector(".reward-progress");
  let busy = false;
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    const { problems, send } = prepare(new FormData(form), recipients);
    if (problems.length > 0) {
      showErrors(errors, problems.map((name) => message(name)));
      errors?.scrollIntoView?.({ block: "nearest" });
      return;
    }
    clearErrors(errors);
    busy = true;
    try {
      await submitAndReload(form, { progress, errors, message }, send);
    } finally {
      busy = false;
    }
  });
}

export function setupRewardForms(documentRoot, { language, errors }) {
  const config = readPageConfig(documentRoot, REWARD_CONFIG_ID) ?? {};
  const message = createMessages(config.messages);
  const limits = {
    maximumFieldLength: Number.isSafeInteger(config.maximumFieldLength) ? config.maximumFieldLength : 2000,
    maximumStatementLength: Number.isSafeInteger(config.maximumStatementLength) ? config.maximumStatementLength : 10000,
  };

  for (const form of documentRoot.querySelectorAll("form.reward-claim-form")) {
    takeOver(form, errors, message, (data, recipients) => {
      const kind = String(data.get("kind") ?? "");
      const claim = normaliseClaim(Object.fromEntries(["name", "contact", "payout", "representative", "statement"].map((f) => [f, data.get(f)])), kind);
      return {
        problems: claimProblems(claim, kind, limits),
        send: (onProgress) => sendClaim({ noticeId: form.dataset.noticeId, kind, claim, recipients, language, onProgress, message }),
      };
    });
  }

  for (const form of documentRoot.querySelectorAll("form.reward-contest-form")) {
    takeOver(form, errors, message, (data, recipients) => {
      const contest = { statement: String(data.get("statement") ?? "").replace(/\r\n/g, "\n").trim(), v: 1 };
      return {
        problems: contestProblems(contest, limits),
        send: (onProgress) => sendContest({ claimId: form.dataset.claimId, contest, recipients, language, onProgress, message }),
      };
    });
  }
}
