// Streaming removal of padding (PaddingReadStream of TipLine.Crypto) in constant memory: a candidate 0x80 marker
// and the zeros after it are held back as a count, and released as data when a non-zero byte follows them.
import { paddedLengthForData } from "./paddedLength.js";
import { MalformedPaddingError, PADDING_MARKER } from "./paddingMarker.js";

const ZERO_SLICE = 64 * 1024;

/** @returns {TransformStream<Uint8Array, Uint8Array>} padded plaintext in, data out; errors on a wrong tail. */
export function createUnpaddingTransform() {
  let dataLength = 0;
  let heldMarker = false;
  let heldZeros = 0;

  function releaseHeld(controller) {
    controller.enqueue(Uint8Array.of(PADDING_MARKER));
    dataLength += 1;
    while (heldZeros > 0) {
      const size = Math.min(heldZeros, ZERO_SLICE);
      controller.enqueue(new Uint8Array(size));
      dataLength += size;
      heldZeros -= size;
    }
    heldMarker = false;
  }

  function emit(controller, bytes) {
    if (bytes.length === 0) return;
    controller.enqueue(bytes);
    dataLength += bytes.length;
  }

  return new TransformStream({
    transform(chunk, controller) {
      let lastNonZero = chunk.length - 1;
      while (lastNonZero >= 0 && chunk[lastNonZero] === 0) lastNonZero--;
      if (lastNonZero < 0) {
        // Only zeros: padding if a marker is held, data otherwise (the marker is still to come).
        if (heldMarker) heldZeros += chunk.length;
        else emit(controller, chunk);
        return;
      }
      if (heldMarker) releaseHeld(controller);
      if (chunk[lastNonZero] === PADDING_MARKER) {
        emit(controller, chunk.subarray(0, lastNonZero));
        heldMarker = true;
        heldZeros = chunk.length - lastNonZero - 1;
      } else {
        emit(controller, chunk);
      }
    },
    flush() {
      if (!heldMarker) {
        throw new MalformedPaddingError("The plaintext does not end with a 0x80 marker followed only by zeros.");
      }
      if (paddedLengthForData(dataLength) !== dataLength + 1 + heldZeros) {
        throw new MalformedPaddingError("The padded length is not the Padmé bucket of the data length.");
      }
    },
  });
}
