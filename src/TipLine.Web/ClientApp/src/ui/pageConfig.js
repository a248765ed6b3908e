/** Parses a <script type="application/json" id="…"> block the server rendered; null when absent or unreadable. */
export function readPageConfig(documentRoot, id) {
  const element = documentRoot.getElementById(id);
  if (!element) return null;
  try {
    const value = JSON.parse(element.textContent ?? "");
    return value !== null && typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}
