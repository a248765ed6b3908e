import { forgetIdentity } from "./identityStore.js";

/** The key leaves the tab before the logout request goes out (the server's Clear-Site-Data does it again). */
export function setupLogoutForm(form) {
  form.addEventListener("submit", () => forgetIdentity());
}
