// Usage: node open-file.mjs AGE-SECRET-KEY-1… SLICE < padded-ciphertext.age > data
// The attachment download path: streaming age decryption then streaming unpadding; stdin arrives in SLICE-byte
// pieces. Non-zero exit (and no output) when the file or its padding is refused.
import "./insecureContext.mjs";
import { openPaddedStream } from "../src/crypto/paddedAge.js";
import { fail, readStandardInput, writeStandardOutput } from "./stdio.mjs";

try {
  const [identity, slice] = process.argv.slice(2);
  const input = await readStandardInput();
  const sliceBytes = Number(slice ?? "65536");
  let position = 0;
  const ciphertext = new ReadableStream({
    pull(controller) {
      if (position >= input.length) {
        controller.close();
        return;
      }
      controller.enqueue(input.slice(position, position + sliceBytes));
      position += sliceBytes;
    },
  });
  const data = await new Response(await openPaddedStream(ciphertext, identity)).arrayBuffer();
  await writeStandardOutput(new Uint8Array(data)); // only after the whole file authenticated, as the download does
} catch (error) {
  fail(error);
}
