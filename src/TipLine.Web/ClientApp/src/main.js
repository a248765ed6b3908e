// Browser entry point. For now only the receipt derivation; the encrypted intake UI comes later.
import { deriveReceiptKeys } from "./crypto/receiptKeys.js";
import { Encrypter, Decrypter } from "./crypto/typageWithoutWebCrypto.js";

export { deriveReceiptKeys, Encrypter, Decrypter };

// Also reachable from non-module scripts and the console while no UI imports the bundle.
globalThis.TipLine = Object.freeze({ deriveReceiptKeys });
