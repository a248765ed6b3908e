// The logged-in follow-up page of a JavaScript session (#followup-view[data-mode="browser"]): the server sent only
// ciphertext; here the tab's identity opens the tip key's wrap, and the tip key opens the answers, the messages
// and, on request, the attachments. Everything decrypted is written as text nodes.
import { unwrapIdentity } from "../crypto/ageFiles.js";
import { base64ToBytes } from "../encoding/base64.js";
import { send } from "../http/api.js";
import { supportsBrowserEncryption } from "../ui/browserSupport.js";
import { describeFailure } from "../ui/describeFailure.js";
import { createMessages } from "../ui/messages.js";
import { readPageConfig } from "../ui/pageConfig.js";
import { showErrors } from "../ui/statusRegions.js";
import { decryptDocument } from "./decryptDocument.js";
import { fetchAndDecryptAttachment, offerDownload } from "./downloadAttachment.js";
import { forgetIdentity, loadIdentity } from "./identityStore.js";
import { renderAnswers } from "./renderAnswers.js";
import { renderMessage } from "./renderMessage.js";
import { setupReplyForm } from "./setupReplyForm.js";
import { setupRewardForms } from "./setupRewardForms.js";
import { FOLLOWUP_CONFIG_ID } from "./setupLoginForm.js";

// A link back to the receipt form. The server session must end first, or /followup would show this same view
// again: the logout form's request is sent in the background, then the link is followed.
function logInAgainLink(documentRoot, config, message) {
  const link = documentRoot.createElement("a");
  link.href = `/followup?lang=${encodeURIComponent(config.lang ?? "")}`;
  link.textContent = message("LogInAgain");
  link.addEventListener("click", async (event) => {
    event.preventDefault();
    forgetIdentity();
    const logout = documentRoot.getElementById("followup-logout-form");
    if (logout && new URL(logout.action, documentRoot.baseURI).origin === documentRoot.defaultView.location.origin) {
      await send(logout.action, { method: "POST", body: new FormData(logout) }).catch(() => {});
    }
    documentRoot.defaultView.location.assign(link.href);
  });
  return link;
}

// Replaces the server's placeholder text with the rendering, keeping any attachment controls inside the element.
function showDecrypted(element, rendering) {
  for (const child of [...element.childNodes]) {
    const holdsAttachment = child.nodeType === 1 &&
      (child.matches("[data-attachment-url]") || child.querySelector("[data-attachment-url]"));
    if (!holdsAttachment) child.remove();
  }
  element.prepend(rendering);
  element.removeAttribute("data-age-ciphertext"); // the ciphertext is no longer needed in the DOM
}

function showUnreadable(element, text) {
  const note = element.ownerDocument.createElement("p");
  note.className = "decrypt-failed";
  note.textContent = text;
  element.replaceChildren(note);
}

// The answers or message an attachment belongs to: the encrypted element around it, or the only one in the
// nearest enclosing block (an <article> holding both).
function owningDocumentElement(attachment, view) {
  const enclosing = attachment.closest("[data-age-ciphertext], [data-decrypted-kind]");
  if (enclosing) return enclosing;
  const stop = view.parentElement;
  for (let ancestor = attachment.parentElement; ancestor && ancestor !== stop; ancestor = ancestor.parentElement) {
    const candidates = ancestor.querySelectorAll("[data-age-ciphertext], [data-decrypted-kind]");
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) return null;
  }
  return null;
}

function formatSize(bytes) {
  if (!Number.isFinite(bytes)) return "";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function setupAttachment(attachment, describedFile, tipIdentity, { message, errors }) {
  const documentRoot = attachment.ownerDocument;
  const name = typeof describedFile?.name === "string" && describedFile.name !== "" ? describedFile.name : null;
  const button = attachment.tagName === "BUTTON" ? attachment : documentRoot.createElement("button");
  button.type = "button";
  const size = formatSize(describedFile?.size);
  const label = name ?? attachment.dataset.position ?? "";
  button.textContent = `${message("Download")}: ${label}${size ? ` (${size})` : ""}`;
  if (button !== attachment) attachment.replaceChildren(button);

  button.addEventListener("click", async () => {
    if (button.disabled) return;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    try {
      const blob = await fetchAndDecryptAttachment(attachment.dataset.attachmentUrl, tipIdentity);
      offerDownload(documentRoot, blob, name ?? `attachment-${attachment.dataset.position ?? ""}`);
    } catch (error) {
      showErrors(errors, [describeFailure(error, message, "DecryptFailed")]);
    } finally {
      button.disabled = false;
      button.setAttribute("aria-busy", "false");
    }
  });
}

/** Decrypts and renders the view; returns false when the page is not a JavaScript session. */
export async function setupFollowUpView(view) {
  if (view.dataset.mode !== "browser" || !supportsBrowserEncryption()) return false;
  const documentRoot = view.ownerDocument;
  const config = readPageConfig(documentRoot, FOLLOWUP_CONFIG_ID) ?? {};
  const message = createMessages(config.messages);
  const errors = documentRoot.getElementById("followup-errors");
  const tipRecipient = view.dataset.tipRecipient;

  // Replying needs only the tip's public recipient, so it works even when this tab lost the identity.
  const replyForm = documentRoot.getElementById("followup-reply-form");
  if (replyForm && typeof tipRecipient === "string" && tipRecipient.startsWith("age1")) {
    setupReplyForm(replyForm, { tipRecipient, config, message, errors });
  }

  // Claims and contests are sealed to public keys the page lists, so they too work without the identity.
  setupRewardForms(documentRoot, { language: config.lang, errors });

  const identity = loadIdentity();
  if (!identity) {
    showErrors(errors, [message("KeyMissing")], logInAgainLink(documentRoot, config, message));
    return true;
  }

  let tipIdentity;
  try {
    tipIdentity = await unwrapIdentity(base64ToBytes(view.dataset.wrap ?? ""), identity);
  } catch {
    showErrors(errors, [message("DecryptFailed")], logInAgainLink(documentRoot, config, message));
    return true;
  }

  const documents = new Map();
  for (const element of view.querySelectorAll("[data-age-ciphertext]")) {
    const kind = element.dataset.kind;
    try {
      const decrypted = await decryptDocument(element.dataset.ageCiphertext, tipIdentity);
      const rendering = kind === "answers"
        ? renderAnswers(documentRoot, decrypted, config.messages, config.lang ?? "en")
        : renderMessage(documentRoot, decrypted);
      showDecrypted(element, rendering);
      element.dataset.decryptedKind = kind ?? "message";
      documents.set(element, decrypted);
    } catch {
      showUnreadable(element, message("DecryptFailed"));
    }
  }

  for (const attachment of view.querySelectorAll("[data-attachment-url]")) {
    const owner = owningDocumentElement(attachment, view);
    const files = owner ? documents.get(owner)?.files : undefined;
    const position = Number.parseInt(attachment.dataset.position ?? "", 10);
    const describedFile = Array.isArray(files) && Number.isInteger(position) ? files[position] : undefined;
    setupAttachment(attachment, describedFile, tipIdentity, { message, errors });
  }
  return true;
}
