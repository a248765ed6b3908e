// Localised texts come from the page config; the English fallbacks only cover a page that forgot a key, so the
// user still sees something meaningful instead of a blank alert.
const FALLBACKS = Object.freeze({
  DescriptionRequired: "Please describe what you saw.",
  TooManyFiles: "Too many files.",
  FileTooLarge: "A file is too large.",
  Working: "Working…",
  SolvingProofOfWork: "Running a short security check…",
  DerivingKeys: "Deriving your keys…",
  Encrypting: "Encrypting…",
  Uploading: "Sending encrypted files…",
  UploadFailed: "A file could not be sent. Nothing was stored. Please try again.",
  SubmitFailed: "Sending failed. Please try again.",
  NetworkError: "The server could not be reached. Please check your connection and try again.",
  ReceiptInvalid: "This is not a valid receipt. Please check the digits.",
  ReceiptNotRecognised: "This receipt was not recognised.",
  LoginFailed: "Logging in failed. Please try again.",
  KeyMissing: "This tab no longer holds your key. Please enter your receipt again.",
  LogInAgain: "Enter the receipt again",
  DecryptFailed: "This item could not be decrypted.",
  Download: "Download",
  BodyRequired: "Please write a message or attach a file.",
  Sending: "Sending…",
  Yes: "yes",
});

/**
 * @returns {(key: string, detail?: string) => string} the text for key; a detail (a file name, "2/3 · 40 %") fills
 *   the text's {0} when it has one, and is appended in parentheses otherwise
 */
export function createMessages(configured) {
  const table = configured !== null && typeof configured === "object" ? configured : {};
  return (key, detail) => {
    const template = typeof table[key] === "string" ? table[key] : (FALLBACKS[key] ?? key);
    if (detail === undefined || detail === null || detail === "") return template.replace("{0}", "").trim();
    return template.includes("{0}") ? template.replace("{0}", String(detail)) : `${template} (${detail})`;
  };
}

/** The configured text for key, or null: for optional labels such as "Answer.species". */
export function configuredMessage(configured, key) {
  const usable = configured !== null && typeof configured === "object" && typeof configured[key] === "string";
  return usable ? configured[key] : null;
}

/** "2/3 · 40 %": where an upload stands, in figures any language reads. */
export function uploadDetail(fileNumber, fileCount, fraction) {
  return `${fileNumber}/${fileCount} · ${Math.floor(fraction * 100)} %`;
}
