// typage (age-encryption) with its WebCrypto X25519 path switched off, so it always uses @noble/curves.
// Why: without a secure context crypto.subtle is undefined, and typage 0.3.1 only falls back on ReferenceError or
// NotSupportedError, so its X25519 would throw a TypeError there. forceWebCryptoOff is not in the package's
// export map, hence the file path; it resolves to the same module instance that typage's index imports.
import { forceWebCryptoOff } from "../../node_modules/age-encryption/dist/x25519.js";

forceWebCryptoOff(true);

export { Encrypter, Decrypter, identityToRecipient } from "age-encryption";
