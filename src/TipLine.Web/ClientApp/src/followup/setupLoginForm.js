// Takes over #followup-login-form: checks the receipt, derives the keys here, logs in with the lookup secret and
// keeps the identity in this tab. Without usable sessionStorage the form posts to the server instead.
import { ApiError } from "../http/apiErrors.js";
import { parseReceipt } from "../receipt/parseReceipt.js";
import { supportsBrowserEncryption } from "../ui/browserSupport.js";
import { setFormBusy } from "../ui/busyForm.js";
import { describeFailure } from "../ui/describeFailure.js";
import { createMessages } from "../ui/messages.js";
import { readPageConfig } from "../ui/pageConfig.js";
import { clearErrors, progressRegion, showErrors, showProgress } from "../ui/statusRegions.js";
import { isSessionStorageUsable, storeIdentity } from "./identityStore.js";
import { loginWithReceipt } from "./loginWithReceipt.js";

export const FOLLOWUP_CONFIG_ID = "tipline-followup-config";

function isUsableConfig(config) {
  return config !== null && typeof config.lang === "string" && typeof config.salt === "string" &&
    config.argon2 !== null && typeof config.argon2 === "object";
}

const NOT_RECOGNISED_KEYS = new Set(["ReceiptNotRecognised", "followup.receipt.notRecognised"]);

function explain(error, message) {
  if (error instanceof ApiError && NOT_RECOGNISED_KEYS.has(error.errorKey) && !error.serverMessage) {
    return message("ReceiptNotRecognised");
  }
  return describeFailure(error, message, "LoginFailed");
}

export function setupLoginForm(form) {
  const documentRoot = form.ownerDocument;
  const config = readPageConfig(documentRoot, FOLLOWUP_CONFIG_ID);
  if (!isUsableConfig(config) || !supportsBrowserEncryption() || !isSessionStorageUsable()) return false;

  const message = createMessages(config.messages);
  const errors = documentRoot.getElementById("followup-errors");
  const progress = progressRegion(documentRoot, "followup-progress", form);
  let busy = false;

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    const receipt = parseReceipt(String(new FormData(form).get("receipt") ?? ""));
    if (receipt.error) {
      showErrors(errors, [message("ReceiptInvalid")]);
      return;
    }
    clearErrors(errors);
    busy = true;
    setFormBusy(form, true);
    try {
      const identity = await loginWithReceipt(receipt.digits, config, {
        message,
        onProgress: (text) => showProgress(progress, text),
      });
      storeIdentity(identity);
      form.reset();
      setFormBusy(form, false); // before navigating, so the leave-page warning does not fire
      documentRoot.defaultView.location.assign(`/followup?lang=${encodeURIComponent(config.lang)}`);
    } catch (error) {
      showProgress(progress, "");
      showErrors(errors, [explain(error, message)]);
    } finally {
      busy = false;
      setFormBusy(form, false);
    }
  });
  return true;
}
