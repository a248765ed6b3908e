// While a form's work runs: its submit buttons are disabled (no double tips), it is marked aria-busy, and leaving
// the page asks for confirmation. The fields stay as typed, so a failure loses nothing.

function warnBeforeLeaving(event) {
  event.preventDefault();
  event.returnValue = ""; // older browsers need it set to show the prompt
}

export function setFormBusy(form, busy) {
  for (const button of form.querySelectorAll('button:not([type]), button[type="submit"], input[type="submit"]')) {
    button.disabled = busy;
  }
  form.setAttribute("aria-busy", busy ? "true" : "false");
  const view = form.ownerDocument.defaultView;
  if (busy) view?.addEventListener("beforeunload", warnBeforeLeaving);
  else view?.removeEventListener("beforeunload", warnBeforeLeaving);
}
