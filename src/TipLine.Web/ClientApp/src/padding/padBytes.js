// One-shot padding for small payloads (answers, messages, key wraps are not padded), byte for byte
// PlaintextPadding.Pad / Unpad of TipLine.Crypto.
import { paddedLengthForData } from "./paddedLength.js";
import { MalformedPaddingError, PADDING_MARKER } from "./paddingMarker.js";

/** data ‖ 0x80 ‖ 0x00… up to the Padmé bucket. */
export function padBytes(data) {
  const padded = new Uint8Array(paddedLengthForData(data.length));
  padded.set(data);
  padded[data.length] = PADDING_MARKER;
  return padded;
}

/** The data of a padded plaintext (a view into it); throws MalformedPaddingError unless the tail is exact. */
export function unpadBytes(padded) {
  let markerIndex = padded.length - 1;
  while (markerIndex >= 0 && padded[markerIndex] === 0) markerIndex--;
  if (markerIndex < 0 || padded[markerIndex] !== PADDING_MARKER) {
    throw new MalformedPaddingError("The plaintext has no 0x80 padding marker.");
  }
  if (paddedLengthForData(markerIndex) !== padded.length) {
    throw new MalformedPaddingError("The padded length is not the Padmé bucket of the data length.");
  }
  return padded.subarray(0, markerIndex);
}
