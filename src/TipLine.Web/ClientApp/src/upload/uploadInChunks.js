// Sends a ciphertext stream in PUTs of exactly chunkBytes (the last one shorter) at ?offset=n, holding one chunk
// in memory at a time. A 409 {"received": n} says how much the server already has (a lost answer, a retried
// request), so the client resumes from there instead of failing or sending bytes twice.
import { send, readJsonResponse } from "../http/api.js";
import { NetworkError } from "../http/apiErrors.js";

const MAXIMUM_ATTEMPTS_PER_CHUNK = 5;
const DEFAULT_RETRY_DELAYS_MILLISECONDS = [500, 1000, 2000, 4000];

/** The server and the client disagree about the upload in a way a retry cannot fix. */
export class UploadError extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = "UploadError";
  }
}

function delay(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

async function receivedCountFrom(response) {
  try {
    const body = await response.json();
    return Number.isSafeInteger(body?.received) ? body.received : null;
  } catch {
    return null;
  }
}

// Stores bytes at offset; returns the offset after them.
async function putChunk(bytes, offset, { chunkUrl, headers, retryDelays }) {
  let accepted = 0; // bytes of this chunk the server already holds
  let lastError = null;
  for (let attempt = 1; attempt <= MAXIMUM_ATTEMPTS_PER_CHUNK; attempt++) {
    let response;
    try {
      response = await send(chunkUrl(offset + accepted), {
        method: "PUT",
        headers: { "Content-Type": "application/octet-stream", ...headers },
        body: bytes.subarray(accepted),
      });
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      lastError = error;
      await delay(retryDelays[Math.min(attempt - 1, retryDelays.length - 1)] ?? 0);
      continue;
    }
    if (response.ok) {
      await response.body?.cancel();
      return offset + bytes.length;
    }
    if (response.status === 409) {
      const received = await receivedCountFrom(response);
      if (received === offset + bytes.length) return received;
      if (received !== null && received >= offset && received < offset + bytes.length) {
        accepted = received - offset;
        continue;
      }
      const expected = `${offset}..${offset + bytes.length}`;
      throw new UploadError(`The server holds ${received} bytes, the client expected ${expected}.`);
    }
    await readJsonResponse(response); // throws ApiError with the server's message
  }
  throw lastError ?? new UploadError("The chunk could not be stored.");
}

/**
 * @param {ReadableStream<Uint8Array>} ciphertext
 * @param {{chunkBytes: number, chunkUrl: (offset: number) => string, headers?: object,
 *   onProgress?: (sentBytes: number) => void, retryDelays?: number[]}} options
 *   retryDelays: milliseconds to wait after each failed connection
 * @returns {Promise<number>} bytes sent
 */
export async function uploadInChunks(
  ciphertext,
  { chunkBytes, chunkUrl, headers = {}, onProgress, retryDelays = DEFAULT_RETRY_DELAYS_MILLISECONDS },
) {
  const target = { chunkUrl, headers, retryDelays };
  if (!Number.isSafeInteger(chunkBytes) || chunkBytes < 1) throw new UploadError("The chunk size is invalid.");
  const reader = ciphertext.getReader();
  const chunk = new Uint8Array(chunkBytes);
  let filled = 0;
  let offset = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let rest = value;
      while (rest.length > 0) {
        const take = Math.min(chunkBytes - filled, rest.length);
        chunk.set(rest.subarray(0, take), filled);
        filled += take;
        rest = rest.subarray(take);
        if (filled === chunkBytes) {
          offset = await putChunk(chunk, offset, target);
          filled = 0;
          onProgress?.(offset);
        }
      }
    }
    if (filled > 0) {
      offset = await putChunk(chunk.subarray(0, filled), offset, target);
      onProgress?.(offset);
    }
    return offset;
  } catch (error) {
    reader.cancel(error).catch(() => {});
    throw error;
  } finally {
    chunk.fill(0);
  }
}

