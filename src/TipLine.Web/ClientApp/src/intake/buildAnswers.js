// The answers document, version 1 of ADR 0017, from the report form's fields. Its key order follows the ADR so a
// decrypted tip reads the same whoever built it (browser or server).

const LIST_SEPARATOR = /\r\n|\r|\n/;

function text(formData, name) {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim() : "";
}

// Textareas with one entry per line; blank lines are dropped.
function lines(formData, name) {
  return text(formData, name)
    .split(LIST_SEPARATOR)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

// A select with `multiple`: every chosen non-empty option.
function selected(formData, name) {
  return formData
    .getAll(name)
    .filter((value) => typeof value === "string")
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

/** What answers.files[i] says about attachment i: the only place a file's name and type are kept, encrypted. */
export function describeFiles(files) {
  return files.map((file) => ({ name: file.name, type: file.type, size: file.size }));
}

/**
 * @param {FormData} formData the report form's fields (files are passed separately)
 * @param {File[]} files the chosen attachments, in upload order
 * @param {string} language the page language, e.g. "fr"
 */
export function buildAnswers(formData, files, language) {
  return {
    v: 1,
    language,
    platformKind: text(formData, "platformKind"),
    platformName: text(formData, "platformName"),
    listingUrls: lines(formData, "listingUrls"),
    sellerHandles: lines(formData, "sellerHandles"),
    species: text(formData, "species"),
    catalogueSpecies: lines(formData, "catalogueSpecies"),
    quantity: text(formData, "quantity"),
    price: text(formData, "price"),
    currency: text(formData, "currency"),
    itemKind: text(formData, "itemKind"),
    shipmentMethod: text(formData, "shipmentMethod"),
    sellerCountry: text(formData, "sellerCountry"),
    buyerCountry: text(formData, "buyerCountry"),
    transitCountries: selected(formData, "transitCountries"),
    urgency: text(formData, "urgency"),
    description: text(formData, "description"),
    rewardInterest: text(formData, "rewardInterest") === "true",
    contact: text(formData, "contact"),
    files: describeFiles(files),
  };
}
