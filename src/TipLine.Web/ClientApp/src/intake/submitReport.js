// The encrypted intake of ADR 0017, start to finish: proof of work, submission, keys, answers, files, wraps, tip.
// Resolves with the receipt only after the server answered 201, i.e. after the tip is durably committed.
import { apiUrl, postJson, readJsonResponse, send } from "../http/api.js";
import { ApiError, NetworkError } from "../http/apiErrors.js";
import { checkServerId } from "../http/serverIds.js";
import { obtainProofOfWork } from "../pow/obtainProofOfWork.js";
import { uploadDetail } from "../ui/messages.js";
import { uploadEncryptedFile } from "../upload/uploadEncryptedFile.js";
import { prepareTip } from "./prepareTip.js";
import { validateFiles } from "./validateReport.js";

/** The report cannot be sent as it is (the server's limits are stricter than the page said); texts are localised. */
export class ReportRejectedError extends Error {
  constructor(problems) {
    super(problems.join(" "));
    this.name = "ReportRejectedError";
    this.problems = problems;
  }
}

/** A step failed while uploading attachments (so the page can say "upload failed" rather than "sending failed"). */
export class AttachmentUploadError extends Error {
  constructor(cause) {
    super("An attachment could not be uploaded.", { cause });
    this.name = "AttachmentUploadError";
  }
}

/**
 * @param {{config: object, formData: FormData, files: File[], message: Function,
 *   onProgress: (text: string) => void}} request
 * @returns {Promise<{receiptDigits: string}>}
 */
export async function submitReport({ config, formData, files, message, onProgress }) {
  const language = config.lang;

  onProgress(message("SolvingProofOfWork"));
  const proof = await obtainProofOfWork("submit", language);
  const submissionsUrl = apiUrl(`/api/intake/${encodeURIComponent(config.channel)}/submissions`, language);
  const opened = await postJson(submissionsUrl, proof);
  const submission = checkServerId(opened?.submission, "submission");
  const problems = validateFiles(files, opened, message);
  if (problems.length > 0) throw new ReportRejectedError(problems);

  onProgress(message("DerivingKeys"));
  const { receiptDigits, tipKey, sealed } = await prepareTip(config, formData, files, {
    onKeysDerived: () => onProgress(message("Encrypting")),
  });

  const fileIds = [];
  for (let index = 0; index < files.length; index++) {
    const reportUpload = (fraction) =>
      onProgress(message("Uploading", uploadDetail(index + 1, files.length, fraction)));
    reportUpload(0);
    try {
      const created = await postJson(apiUrl(`/api/intake/submissions/${submission}/files`, language), {});
      const fileId = checkServerId(created?.file, "file");
      await uploadEncryptedFile(files[index], tipKey.recipient, {
        chunkBytes: opened.chunkBytes,
        chunkUrl: (offset) => apiUrl(`/api/intake/submissions/${submission}/files/${fileId}`, language, { offset }),
        onProgress: reportUpload,
      });
      fileIds.push(fileId);
    } catch (error) {
      const explained = (error instanceof ApiError && error.serverMessage) || error instanceof NetworkError;
      throw explained ? error : new AttachmentUploadError(error);
    }
  }

  onProgress(message("Working"));
  const response = await send(apiUrl(`/api/intake/submissions/${submission}/tip`, language), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ ...sealed, files: fileIds }),
  });
  const answer = await readJsonResponse(response);
  // Only 201 means "stored"; any other success code would be a server that did not commit what it was sent.
  if (response.status !== 201) throw new ApiError(response.status, null, null, answer);
  return { receiptDigits };
}
