// Reads a receipt as typed, with the same rules as Receipt.TryParse in TipLine.Crypto, so the browser refuses
// exactly what the server would: decimal digits of any script, separated by whitespace, dashes, invisible
// formatting marks from copy and paste, '.', '_', '/', '·' or the minus sign.
import { isDammValid } from "./dammCheckDigit.js";
import { RECEIPT_DIGIT_COUNT } from "./receiptFormat.js";

/** Reasons, named as TipLine.Crypto.Receipts.ReceiptError. */
export const ReceiptError = Object.freeze({
  Empty: "Empty",
  InvalidCharacter: "InvalidCharacter",
  WrongLength: "WrongLength",
  CheckDigitMismatch: "CheckDigitMismatch",
});

const MAXIMUM_INPUT_LENGTH = 4 * RECEIPT_DIGIT_COUNT * 4; // UTF-16 units, as the C# limit
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const SEPARATOR = /^(?:\p{White_Space}|\p{Pd}|\p{Cf}|[._/\u00B7\u2212])$/u;

// Unicode encodes every set of decimal digits as one contiguous run from 0 to 9, so a digit's value is its
// distance from the start of its run (some runs sit back to back, hence modulo 10).
function decimalDigitValue(character) {
  let codePoint = character.codePointAt(0);
  let distance = 0;
  while (codePoint > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(codePoint - 1))) {
    codePoint--;
    distance++;
  }
  return distance % 10;
}

/**
 * @param {string} input what the whistleblower typed
 * @returns {{digits: string, error: null} | {digits: null, error: string}} the 28 ASCII digits, or a ReceiptError
 */
export function parseReceipt(input) {
  if (typeof input !== "string" || /^\p{White_Space}*$/u.test(input)) {
    return { digits: null, error: ReceiptError.Empty };
  }
  if (input.length > MAXIMUM_INPUT_LENGTH) return { digits: null, error: ReceiptError.WrongLength };

  let digits = "";
  for (const character of input) {
    if (DECIMAL_DIGIT.test(character)) digits += String(decimalDigitValue(character));
    else if (!SEPARATOR.test(character)) return { digits: null, error: ReceiptError.InvalidCharacter };
  }
  if (digits.length !== RECEIPT_DIGIT_COUNT) {
    return { digits: null, error: digits.length === 0 ? ReceiptError.Empty : ReceiptError.WrongLength };
  }
  if (!isDammValid(digits)) return { digits: null, error: ReceiptError.CheckDigitMismatch };
  return { digits, error: null };
}
