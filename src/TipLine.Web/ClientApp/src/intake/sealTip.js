// The tip as the server stores it (ADR 0017, POST …/tip), minus the file ids: the answers padded and encrypted to
// the tip key, and the tip key wrapped once for each channel recipient and once for the whistleblower.
import { wrapIdentity } from "../crypto/ageFiles.js";
import { sealPaddedBytes } from "../crypto/paddedAge.js";
import { bytesToBase64 } from "../encoding/base64.js";

/**
 * @param {object} answers see buildAnswers
 * @param {{identity: string, recipient: string}} tipKey
 * @param {{recipient: string, lookupHashHex: string}} receiptKeys
 * @param {string[]} channelRecipients "age1…" of the channel's readers
 */
export async function sealTip(answers, tipKey, receiptKeys, channelRecipients) {
  const encryptedAnswers = await sealPaddedBytes(new TextEncoder().encode(JSON.stringify(answers)), tipKey.recipient);
  const wraps = [];
  for (const recipient of [...channelRecipients, receiptKeys.recipient]) {
    wraps.push({ recipient, wrap: bytesToBase64(await wrapIdentity(tipKey.identity, recipient)) });
  }
  return {
    tipRecipient: tipKey.recipient,
    whistleblowerRecipient: receiptKeys.recipient,
    lookupHash: receiptKeys.lookupHashHex,
    answers: bytesToBase64(encryptedAnswers),
    wraps,
  };
}
