// The whistleblower's identity for a JavaScript follow-up session lives in this tab's sessionStorage only
// (ADR 0017): the server never sees it, and it goes when the tab closes or the user logs out.
export const IDENTITY_STORAGE_KEY = "tipline-followup-identity";

/** False when storage is blocked (privacy settings): then the login is left to the server's no-JavaScript path. */
export function isSessionStorageUsable() {
  try {
    const probe = "tipline-storage-probe";
    sessionStorage.setItem(probe, "1");
    sessionStorage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

export function storeIdentity(identity) {
  sessionStorage.setItem(IDENTITY_STORAGE_KEY, identity);
}

export function loadIdentity() {
  try {
    return sessionStorage.getItem(IDENTITY_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function forgetIdentity() {
  try {
    sessionStorage.removeItem(IDENTITY_STORAGE_KEY);
  } catch {
    // Storage blocked: nothing was stored either.
  }
}
