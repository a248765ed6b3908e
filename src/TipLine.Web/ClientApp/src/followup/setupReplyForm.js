// Takes over #followup-reply-form in a JavaScript session: the reply is encrypted here to the tip's recipient.
import { validateFiles } from "../intake/validateReport.js";
import { setFormBusy } from "../ui/busyForm.js";
import { describeFailure } from "../ui/describeFailure.js";
import { selectedFiles } from "../ui/selectedFiles.js";
import { clearErrors, progressRegion, showErrors, showProgress } from "../ui/statusRegions.js";
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
    setFormBusy(form, true);
    try {
      await sendReply({
        body,
        files,
        tipRecipient,
        language: config.lang,
        chunkBytes: Number.isSafeInteger(config.chunkBytes) ? config.chunkBytes : undefined,
        headers: antiforgeryHeaders(form),
        message,
        onProgress: (text) => showProgress(progress, text),
      });
      form.reset();
      setFormBusy(form, false); // before reloading, so the leave-page warning does not fire
      documentRoot.defaultView.location.reload();
    } catch (error) {
      showProgress(progress, "");
      showErrors(errors, [describeFailure(error, message, "SubmitFailed")]);
    } finally {
      busy = false;
      setFormBusy(form, false);
    }
  });
}
