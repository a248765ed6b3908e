// The end of every follow-up form the script takes over: the work runs with the form busy; on success the form is
// emptied and the page reloaded to show the server's new state, on failure the fields stay as typed and one
// sentence says what went wrong.
import { setFormBusy } from "./busyForm.js";
import { describeFailure } from "./describeFailure.js";
import { showErrors, showProgress } from "./statusRegions.js";

/** @param {(onProgress: (text: string) => void) => Promise<void>} work */
export async function submitAndReload(form, { progress, errors, message }, work) {
  setFormBusy(form, true);
  try {
    await work((text) => showProgress(progress, text));
    form.reset();
    setFormBusy(form, false); // before reloading, so the leave-page warning does not fire
    form.ownerDocument.defaultView.location.reload();
  } catch (error) {
    showProgress(progress, "");
    showErrors(errors, [describeFailure(error, message, "SubmitFailed")]);
  } finally {
    setFormBusy(form, false);
  }
}
