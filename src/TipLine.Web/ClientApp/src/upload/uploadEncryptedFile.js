// One attachment: file → pad → age to the tip key → chunked upload. Nothing but ciphertext leaves the browser,
// and memory holds one upload chunk plus the stream buffers whatever the file size.
import { sealPaddedStream } from "../crypto/paddedAge.js";
import { paddedLengthForData } from "../padding/paddedLength.js";
import { uploadInChunks } from "./uploadInChunks.js";

/**
 * @param {Blob} file
 * @param {string} tipRecipient "age1…"
 * @param {{chunkBytes: number, chunkUrl: (offset: number) => string, headers?: object,
 *   onProgress?: (fraction: number) => void, retryDelays?: number[]}} options
 */
export async function uploadEncryptedFile(
  file,
  tipRecipient,
  { chunkBytes, chunkUrl, headers, onProgress, retryDelays },
) {
  const ciphertext = await sealPaddedStream(file.stream(), tipRecipient);
  const expectedBytes = ciphertext.size(paddedLengthForData(file.size));
  return uploadInChunks(ciphertext, {
    chunkBytes,
    chunkUrl,
    headers,
    retryDelays,
    onProgress: (sent) => onProgress?.(Math.min(1, sent / expectedBytes)),
  });
}
