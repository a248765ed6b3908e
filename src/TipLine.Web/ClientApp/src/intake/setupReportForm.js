// Takes over #report-form when the page offers the encrypted intake: everything is encrypted here, and the
// receipt appears only after the server confirmed the tip is stored. On any failure the typed form stays as is.
import { groupReceiptDigits } from "../receipt/receiptFormat.js";
import { supportsBrowserEncryption } from "../ui/browserSupport.js";
import { setFormBusy } from "../ui/busyForm.js";
import { describeFailure } from "../ui/describeFailure.js";
import { createMessages } from "../ui/messages.js";
import { readPageConfig } from "../ui/pageConfig.js";
import { selectedFiles } from "../ui/selectedFiles.js";
import { clearErrors, showErrors, showProgress } from "../ui/statusRegions.js";
import { AttachmentUploadError, ReportRejectedError, submitReport } from "./submitReport.js";
import { validateReport } from "./validateReport.js";

const CONFIG_ID = "tipline-intake-config";

function isUsableConfig(config) {
  return (
    config !== null &&
    typeof config.channel === "string" &&
    typeof config.lang === "string" &&
    Array.isArray(config.recipients) &&
    config.recipients.length > 0 &&
    typeof config.salt === "string" &&
    config.argon2 !== null &&
    typeof config.argon2 === "object"
  );
}

function focusForScreenReaders(element) {
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus();
}

// The tip is stored by now: the receipt must reach the screen even if the page lacks the template.
function showReceipt(documentRoot, form, receiptDigits) {
  const grouped = groupReceiptDigits(receiptDigits);
  const result = documentRoot.getElementById("report-result") ?? form.parentElement;
  const template = documentRoot.getElementById("receipt-template");
  const content = template?.content ? template.content.cloneNode(true) : documentRoot.createDocumentFragment();
  let slot = content.querySelector?.("[data-receipt]");
  if (!slot) {
    slot = documentRoot.createElement("p");
    content.append(slot);
  }
  slot.textContent = grouped;
  form.hidden = true;
  result.replaceChildren(content);
  result.hidden = false;
  focusForScreenReaders(result);
  form.reset(); // the report is sent; its text need not stay in the page
}

function explain(error, message) {
  if (error instanceof ReportRejectedError) return error.problems;
  if (error instanceof AttachmentUploadError) return [message("UploadFailed")];
  return [describeFailure(error, message, "SubmitFailed")];
}

/** Wires the report form; leaves it to the server's no-JavaScript path when the page or browser cannot do it here. */
export function setupReportForm(form) {
  const documentRoot = form.ownerDocument;
  const config = readPageConfig(documentRoot, CONFIG_ID);
  if (!isUsableConfig(config) || !supportsBrowserEncryption()) return false;

  const message = createMessages(config.messages);
  const errors = documentRoot.getElementById("report-errors");
  const progress = documentRoot.getElementById("report-progress");
  let busy = false;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    const files = selectedFiles(form, "files");
    const formData = new FormData(form);
    formData.delete("files");
    const problems = validateReport(formData, files, config, message);
    if (problems.length > 0) {
      showErrors(errors, problems);
      return;
    }

    clearErrors(errors);
    busy = true;
    setFormBusy(form, true);
    showProgress(progress, message("Working"));
    try {
      const { receiptDigits } = await submitReport({
        config,
        formData,
        files,
        message,
        onProgress: (text) => showProgress(progress, text),
      });
      showProgress(progress, "");
      showReceipt(documentRoot, form, receiptDigits);
    } catch (error) {
      showProgress(progress, "");
      showErrors(errors, explain(error, message));
    } finally {
      busy = false;
      setFormBusy(form, false);
    }
  });
  return true;
}
