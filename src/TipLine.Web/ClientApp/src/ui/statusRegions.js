// The error (role=alert) and progress (aria-live) regions. Text only: nothing here ever parses HTML.

/** Replaces the region's content with one paragraph per message (and an optional trailing link). */
export function showErrors(region, messages, link = null) {
  if (!region) return;
  region.replaceChildren();
  for (const message of messages) {
    const paragraph = region.ownerDocument.createElement("p");
    paragraph.textContent = message;
    region.append(paragraph);
  }
  if (link) region.append(link);
}

export function clearErrors(region) {
  showErrors(region, []);
}

export function showProgress(region, text) {
  if (!region) return;
  region.textContent = text;
}

/** The page's progress region, or a polite live region added after `anchor` when the page has none. */
export function progressRegion(documentRoot, id, anchor) {
  const existing = documentRoot.getElementById(id);
  if (existing) return existing;
  const created = documentRoot.createElement("p");
  created.id = id;
  created.setAttribute("aria-live", "polite");
  anchor.after(created);
  return created;
}
