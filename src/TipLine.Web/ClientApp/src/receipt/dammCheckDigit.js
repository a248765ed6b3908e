// The Damm check digit, as TipLine.Crypto.Receipts.DammCheckDigit: catches every single-digit error and every
// adjacent transposition, so a mistyped receipt is refused before any proof of work or key derivation.

// The totally anti-symmetric quasigroup of order 10 from Damm's thesis.
const TABLE = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function interim(digits) {
  let value = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) throw new Error("Only ASCII digits have a Damm check digit.");
    value = TABLE[value][digit];
  }
  return value;
}

/** The check digit ("0".."9") to append to a string of ASCII digits. */
export function dammCheckDigit(digits) {
  return String.fromCharCode(48 + interim(digits));
}

/** True when the ASCII digits, check digit last, are consistent. */
export function isDammValid(digitsWithCheck) {
  return digitsWithCheck.length > 0 && interim(digitsWithCheck) === 0;
}
