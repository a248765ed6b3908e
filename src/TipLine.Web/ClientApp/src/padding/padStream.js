// Streaming padding for files of any size (PaddingWriteStream of TipLine.Crypto): data passes through, then
// 0x80 and zeros up to the Padmé bucket. A pull source rather than a TransformStream flush, because flush would
// queue the whole padding (up to ~12% of a 2 GiB file) at once instead of as the consumer asks for it.
import { paddedLengthForData } from "./paddedLength.js";
import { PADDING_MARKER } from "./paddingMarker.js";

const PADDING_SLICE = 64 * 1024;

/**
 * @param {ReadableStream<Uint8Array>} source the plaintext
 * @returns {ReadableStream<Uint8Array>} the padded plaintext
 */
export function padStream(source) {
  const reader = source.getReader();
  let dataLength = 0;
  let paddingLeft = -1; // -1 while data is still flowing
  let markerWritten = false;

  return new ReadableStream({
    async pull(controller) {
      // Loop until something is enqueued: a pull that enqueues nothing is not called again by the stream.
      while (paddingLeft < 0) {
        const { done, value } = await reader.read();
        if (done) {
          paddingLeft = paddedLengthForData(dataLength) - dataLength;
          break;
        }
        if (value.length > 0) {
          dataLength += value.length;
          controller.enqueue(value);
          return;
        }
      }
      const size = Math.min(paddingLeft, PADDING_SLICE);
      const slice = new Uint8Array(size); // zeros
      if (!markerWritten) {
        slice[0] = PADDING_MARKER;
        markerWritten = true;
      }
      controller.enqueue(slice);
      paddingLeft -= size;
      if (paddingLeft === 0) controller.close();
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}
