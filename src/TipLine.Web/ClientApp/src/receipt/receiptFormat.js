/** Receipt shape shared with TipLine.Crypto.Receipts.Receipt. */
export const RECEIPT_DIGIT_COUNT = 28;
export const RECEIPT_RANDOM_DIGIT_COUNT = RECEIPT_DIGIT_COUNT - 1;
export const RECEIPT_GROUP_SIZE = 4;

/** "1234 5678 …": 7 groups of 4, as Receipt.ToDisplayString. */
export function groupReceiptDigits(digits, separator = " ") {
  const groups = [];
  for (let i = 0; i < digits.length; i += RECEIPT_GROUP_SIZE) groups.push(digits.slice(i, i + RECEIPT_GROUP_SIZE));
  return groups.join(separator);
}
