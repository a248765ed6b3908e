// A fresh receipt, the same format as Receipt.Generate: 27 uniformly random digits and a Damm check digit.
import { dammCheckDigit } from "./dammCheckDigit.js";
import { RECEIPT_RANDOM_DIGIT_COUNT } from "./receiptFormat.js";

// Bytes below 250 map to digits without modulo bias (250 = 25 · 10); the rest are drawn again.
const UNBIASED_BYTE_LIMIT = 250;

/** @returns {string} 28 ASCII digits without separators */
export function generateReceiptDigits() {
  let digits = "";
  const random = new Uint8Array(32);
  while (digits.length < RECEIPT_RANDOM_DIGIT_COUNT) {
    crypto.getRandomValues(random);
    for (const byte of random) {
      if (byte < UNBIASED_BYTE_LIMIT && digits.length < RECEIPT_RANDOM_DIGIT_COUNT) digits += String(byte % 10);
    }
  }
  random.fill(0);
  return digits + dammCheckDigit(digits);
}
