// Browser entry point (loaded as a module, so the DOM is parsed when it runs). Each page hook is optional: a page
// enhances what it contains, and a form this script does not take over posts to the no-JavaScript endpoints.
import { setupFollowUpView } from "./followup/setupFollowUpView.js";
import { setupLoginForm } from "./followup/setupLoginForm.js";
import { setupLogoutForm } from "./followup/setupLogoutForm.js";
import { setupReportForm } from "./intake/setupReportForm.js";

function start(documentRoot) {
  const reportForm = documentRoot.getElementById("report-form");
  if (reportForm) setupReportForm(reportForm);

  const loginForm = documentRoot.getElementById("followup-login-form");
  if (loginForm) setupLoginForm(loginForm);

  const logoutForm = documentRoot.getElementById("followup-logout-form");
  if (logoutForm) setupLogoutForm(logoutForm);

  const view = documentRoot.getElementById("followup-view");
  if (view) setupFollowUpView(view).catch(() => {});
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => start(document), { once: true });
  } else {
    start(document);
  }
}
