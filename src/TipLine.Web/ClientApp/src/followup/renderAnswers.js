// Shows a decrypted answers document as a definition list: the description first, then every other answer that
// holds something. Labels come from the page ("Answer.<field>", and "Answer.<field>.<value>" for coded values);
// values are set as text, never parsed as HTML.
import { configuredMessage } from "../ui/messages.js";

const FIELD_ORDER = [
  "description", "platformKind", "platformName", "listingUrls", "sellerHandles", "species", "catalogueSpecies",
  "quantity", "price", "currency", "itemKind", "shipmentMethod", "sellerCountry", "buyerCountry",
  "transitCountries", "urgency", "rewardInterest", "contact",
];
// Shown elsewhere (files as attachments) or not an answer at all.
const NOT_SHOWN = new Set(["v", "language", "files"]);
const COUNTRY_FIELDS = new Set(["sellerCountry", "buyerCountry", "transitCountries"]);

// ISO 3166-1 codes as names in the page's language, where the browser knows them.
function countryName(code, language) {
  try {
    return new Intl.DisplayNames([language], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function valuesOf(value) {
  if (typeof value === "string") return value.trim() === "" ? [] : [value];
  if (typeof value === "boolean") return value ? [value] : [];
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string" && item.trim() !== "");
  return [];
}

function valueText(field, value, messages, language) {
  if (typeof value === "boolean") {
    return configuredMessage(messages, `Answer.${field}.true`) ?? configuredMessage(messages, "Yes") ?? "✓";
  }
  const label = configuredMessage(messages, `Answer.${field}.${value}`);
  if (label !== null) return label;
  const isCountry = COUNTRY_FIELDS.has(field) && typeof Intl?.DisplayNames === "function";
  return isCountry ? countryName(value, language) : String(value);
}

/** Text with its line breaks kept, as text nodes and <br> elements. */
export function appendMultilineText(parent, text) {
  const lines = String(text).split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    if (index > 0) parent.append(parent.ownerDocument.createElement("br"));
    parent.append(parent.ownerDocument.createTextNode(line));
  });
}

/**
 * @param {Document} documentRoot
 * @param {object} answers the decrypted document
 * @param {object} messages the page config's messages
 * @param {string} language the page's language, for country names
 * @returns {HTMLDListElement}
 */
export function renderAnswers(documentRoot, answers, messages, language) {
  const list = documentRoot.createElement("dl");
  list.className = "answers";
  const fields = [...FIELD_ORDER, ...Object.keys(answers).filter((key) => !FIELD_ORDER.includes(key))];
  for (const field of fields) {
    if (NOT_SHOWN.has(field) || !Object.hasOwn(answers, field)) continue;
    const values = valuesOf(answers[field]);
    if (values.length === 0) continue;
    const term = documentRoot.createElement("dt");
    term.textContent = configuredMessage(messages, `Answer.${field}`) ?? field;
    list.append(term);
    for (const value of values) {
      const definition = documentRoot.createElement("dd");
      appendMultilineText(definition, valueText(field, value, messages, language));
      list.append(definition);
    }
  }
  return list;
}
