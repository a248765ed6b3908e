// Bech32 (BIP 173) encoding as age uses it: no 90-character limit, checksum over the lowercase form.
// typage 0.3.1 exports no way to turn raw secret bytes into an AGE-SECRET-KEY-1 string, hence this encoder.

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values) {
  let checksum = 1;
  for (const value of values) {
    const top = checksum >>> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (let i = 0; i < 5; i++) {
      if ((top >>> i) & 1) {
        checksum ^= GENERATORS[i];
      }
    }
  }
  return checksum >>> 0;
}

function expandHumanReadablePart(hrp) {
  const expanded = [];
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) >>> 5);
  expanded.push(0);
  for (let i = 0; i < hrp.length; i++) expanded.push(hrp.charCodeAt(i) & 31);
  return expanded;
}

// Regroups 8-bit bytes into 5-bit words, padding the last word with zero bits.
function toWords(bytes) {
  const words = new Uint8Array(Math.ceil((bytes.length * 8) / 5));
  let accumulator = 0;
  let bits = 0;
  let index = 0;
  for (const byte of bytes) {
    accumulator = ((accumulator << 8) | byte) & 0x1fff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words[index++] = (accumulator >>> bits) & 31;
    }
  }
  if (bits > 0) {
    words[index++] = (accumulator << (5 - bits)) & 31;
  }
  accumulator = 0; // may hold secret bits
  return words;
}

/**
 * Encodes bytes as lowercase Bech32 with the given human-readable part (e.g. "age" or "age-secret-key-").
 * The caller uppercases secret-key strings, as age does.
 */
export function encodeBech32(humanReadablePart, bytes) {
  const hrp = humanReadablePart.toLowerCase();
  for (let i = 0; i < hrp.length; i++) {
    const code = hrp.charCodeAt(i);
    if (code < 33 || code > 126) throw new Error("Invalid Bech32 human-readable part.");
  }
  const words = toWords(bytes);
  const checksumInput = [...expandHumanReadablePart(hrp), ...words, 0, 0, 0, 0, 0, 0];
  const checksum = polymod(checksumInput) ^ 1;
  checksumInput.fill(0); // contains the secret words too
  let text = hrp + "1";
  for (const word of words) text += CHARSET[word];
  for (let i = 0; i < 6; i++) text += CHARSET[(checksum >>> (5 * (5 - i))) & 31];
  words.fill(0);
  return text;
}
