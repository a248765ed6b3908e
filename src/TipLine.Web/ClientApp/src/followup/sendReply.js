// A whistleblower's reply with JavaScript: files padded, encrypted to the tip key and uploaded in chunks, then the
// message {"v":1,"body":…,"files":[…]} padded and encrypted the same way. The server only sees ciphertext.
import { sealPaddedBytes } from "../crypto/paddedAge.js";
import { bytesToBase64 } from "../encoding/base64.js";
import { apiUrl, postJson, readJsonResponse, send } from "../http/api.js";
import { ApiError } from "../http/apiErrors.js";
import { checkServerId } from "../http/serverIds.js";
import { describeFiles } from "../intake/buildAnswers.js";
import { uploadDetail } from "../ui/messages.js";
import { uploadEncryptedFile } from "../upload/uploadEncryptedFile.js";

/** Used only when neither the upload's answer nor the page config says; the server refuses larger chunks. */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;

/**
 * @param {{body: string, files: File[], tipRecipient: string, language: string, chunkBytes?: number,
 *   headers?: object, message: Function, onProgress: (text: string) => void}} reply
 */
export async function sendReply({
  body, files, tipRecipient, language, chunkBytes, headers = {}, message, onProgress,
}) {
  const fileIds = [];
  for (let index = 0; index < files.length; index++) {
    const reportUpload = (fraction) =>
      onProgress(message("Uploading", uploadDetail(index + 1, files.length, fraction)));
    reportUpload(0);
    const created = await postJson(apiUrl("/api/followup/files", language), {}, { headers });
    const fileId = checkServerId(created?.file, "file");
    await uploadEncryptedFile(files[index], tipRecipient, {
      chunkBytes: Number.isSafeInteger(created?.chunkBytes) ? created.chunkBytes : (chunkBytes ?? DEFAULT_CHUNK_BYTES),
      chunkUrl: (offset) => apiUrl(`/api/followup/files/${fileId}`, language, { offset }),
      headers,
      onProgress: reportUpload,
    });
    fileIds.push(fileId);
  }

  onProgress(message("Encrypting"));
  const document = { v: 1, body, files: describeFiles(files) };
  const ciphertext = await sealPaddedBytes(new TextEncoder().encode(JSON.stringify(document)), tipRecipient);
  onProgress(message("Sending"));
  const response = await send(apiUrl("/api/followup/messages", language), {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json", ...headers },
    body: JSON.stringify({ body: bytesToBase64(ciphertext), files: fileIds }),
  });
  if (response.status === 201 || response.status === 204) return;
  const answer = await readJsonResponse(response);
  throw new ApiError(response.status, null, null, answer);
}
