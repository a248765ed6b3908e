// Checks made before any network traffic, with the limits the page announced. The server checks again.

/**
 * @param {FormData} formData
 * @param {File[]} files
 * @param {{maximumFiles?: number, maximumFileBytes?: number}} limits
 * @param {(key: string, detail?: string) => string} message
 * @returns {string[]} localised problems; empty when the report can be sent
 */
export function validateReport(formData, files, limits, message) {
  const problems = [];
  const description = formData.get("description");
  if (typeof description !== "string" || description.trim() === "") problems.push(message("DescriptionRequired"));
  problems.push(...validateFiles(files, limits, message));
  return problems;
}

/** The file count and size limits alone (shared with the follow-up reply form). */
export function validateFiles(files, { maximumFiles, maximumFileBytes } = {}, message) {
  const problems = [];
  if (Number.isSafeInteger(maximumFiles) && files.length > maximumFiles) {
    problems.push(message("TooManyFiles"));
  }
  if (Number.isSafeInteger(maximumFileBytes)) {
    for (const file of files) {
      if (file.size > maximumFileBytes) problems.push(message("FileTooLarge", file.name));
    }
  }
  return problems;
}
