// Padmé size buckets, the same numbers as TipLine.Crypto.Padding.PaddedLength: a length L is rounded up so only
// its top ~log2(log2 L) bits remain. Plain arithmetic instead of bitwise operators, which truncate to 32 bits
// while files reach 2 GiB and beyond.

const TWO_TO_THE_32 = 2 ** 32;

function floorLog2(value) {
  if (value < TWO_TO_THE_32) return 31 - Math.clz32(value);
  return 32 + floorLog2(Math.floor(value / TWO_TO_THE_32));
}

function checkLength(length) {
  if (!Number.isSafeInteger(length) || length < 0) {
    throw new RangeError("A length must be a non-negative safe integer.");
  }
}

/** The Padmé bucket for length (never smaller than length). */
export function padme(length) {
  checkLength(length);
  if (length < 2) return length;
  const exponent = floorLog2(length);
  const exponentBits = floorLog2(exponent) + 1;
  const step = 2 ** (exponent - exponentBits); // the low bits forced to zero
  return Math.ceil(length / step) * step;
}

/** Total padded length for dataLength bytes of data: the bucket of data plus the 0x80 marker. */
export function paddedLengthForData(dataLength) {
  checkLength(dataLength);
  return padme(dataLength + 1);
}
