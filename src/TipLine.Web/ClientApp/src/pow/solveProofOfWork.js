// Finds a nonce for a proof-of-work challenge (ADR 0017): SHA-256(challenge bytes ‖ nonce as 8 bytes big-endian)
// must start with `difficulty` zero bits. Runs in slices and yields in between, so the page keeps repainting.
import { sha256 } from "@noble/hashes/sha2.js";
import { yieldToEventLoop } from "../ui/yieldToEventLoop.js";

const MAXIMUM_DIFFICULTY = 64;
const TRIES_BETWEEN_CLOCK_CHECKS = 1024;
const SLICE_MILLISECONDS = 40;

/** True when hash starts with at least `difficulty` zero bits. */
export function hasLeadingZeroBits(hash, difficulty) {
  const wholeBytes = difficulty >>> 3;
  for (let i = 0; i < wholeBytes; i++) if (hash[i] !== 0) return false;
  const remainingBits = difficulty & 7;
  return remainingBits === 0 || hash[wholeBytes] >>> (8 - remainingBits) === 0;
}

function hex32(value) {
  return value.toString(16).padStart(8, "0");
}

/**
 * @param {Uint8Array} challenge the challenge's raw bytes
 * @param {number} difficulty required leading zero bits
 * @param {{onProgress?: (tries: number) => void, signal?: AbortSignal}} options
 * @returns {Promise<string>} the nonce as 16 lowercase hex digits
 */
export async function solveProofOfWork(challenge, difficulty, { onProgress, signal } = {}) {
  if (!(challenge instanceof Uint8Array) || challenge.length === 0) throw new Error("The challenge is empty.");
  if (!Number.isInteger(difficulty) || difficulty < 0 || difficulty > MAXIMUM_DIFFICULTY) {
    throw new Error(`The difficulty must be an integer from 0 to ${MAXIMUM_DIFFICULTY}.`);
  }
  const input = new Uint8Array(challenge.length + 8);
  input.set(challenge);
  const nonceView = new DataView(input.buffer, challenge.length, 8);
  // The nonce as two unsigned 32-bit halves: plain numbers stay exact and fast, BigInt would not be.
  let high = 0;
  let low = 0;
  let tries = 0;
  let sliceStart = Date.now();
  for (;;) {
    nonceView.setUint32(0, high);
    nonceView.setUint32(4, low);
    if (hasLeadingZeroBits(sha256(input), difficulty)) return hex32(high) + hex32(low);
    low = (low + 1) >>> 0;
    if (low === 0) {
      high = (high + 1) >>> 0;
      if (high === 0) throw new Error("No nonce satisfies the challenge.");
    }
    tries++;
    if (tries % TRIES_BETWEEN_CLOCK_CHECKS === 0 && Date.now() - sliceStart >= SLICE_MILLISECONDS) {
      onProgress?.(tries);
      await yieldToEventLoop();
      signal?.throwIfAborted();
      sliceStart = Date.now();
    }
  }
}
