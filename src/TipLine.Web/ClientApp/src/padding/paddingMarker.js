/** The byte that ends the data and starts the padding (ISO/IEC 7816-4), as in TipLine.Crypto's PlaintextPadding. */
export const PADDING_MARKER = 0x80;

/** Thrown when a decrypted plaintext does not end in 0x80 0x00… of its exact Padmé length. */
export class MalformedPaddingError extends Error {
  constructor(message = "The plaintext padding is malformed.") {
    super(message);
    this.name = "MalformedPaddingError";
  }
}
