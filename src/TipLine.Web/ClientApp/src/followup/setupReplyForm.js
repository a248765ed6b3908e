// Takes over #followup-reply-form in a JavaScript session: the reply is encrypted here to the tip's recipient.
import { validateFiles } from "../intake/validateReport.js";
import { selectedFiles } from "../ui/selectedFiles.js";
import { clearErrors, progressRegion, showErrors } from "../ui/statusRegions.js";
import { submitAndReload } from "../ui/submitAndReload.js";
import { sendReply } from "./sendReply.js";

/** The ASP.NET Core antiforgery token, when the page put one in the form, as the header the server reads. */
function antiforgeryHeaders(form) {
  const token = form.querySelector('input[name="__RequestVerificationToken"]')?.value;
  return token ? { RequestVerificationToken: token } : {};
}

export function setupReplyForm(form, { tipRecipient, config, message, errors }) {
  const documentRoot = form.ownerDocument;
  const progress = progressRegion(documentRoot, "followup-progress", form);
  let busy = false;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    const body = String(new FormData(form).get("body") ?? "");
    const files = selectedFiles(form, "files");
    const problems = body.trim() === "" && files.length === 0 ? [message("BodyRequired")] : [];
    problems.push(...validateFiles(files, config, message));
    if (problems.length > 0) {
      showErrors(errors, problems);
      return;
    }
    clearErrors(errors);
    busy = true;
    try {
      await submitAndReload(form, { progress, errors, message }, (onProgress) => sendReply({
        body,
        files,
        tipRecipient,
        language: config.lang,
        chunkBytes: Number.isSafeInteger(config.chunkBytes) ? config.chunkBytes : undefined,
        headers: antiforgeryHeaders(form),
        message,
        onProgress,
      }));
    } finally {
      busy = false;
    }
  });
}
