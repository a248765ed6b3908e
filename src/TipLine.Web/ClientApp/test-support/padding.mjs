// Usage: node padding.mjs pad|unpad < data > result                 (one shot, in memory)
//        node padding.mjs pad-stream|unpad-stream SLICE < data > result
//        node padding.mjs lengths < [data lengths as JSON]          → JSON array of padded lengths
// The streaming modes feed stdin in slices of SLICE bytes, so chunk boundaries fall inside data, marker and zeros.
import { padBytes, unpadBytes } from "../src/padding/padBytes.js";
import { paddedLengthForData } from "../src/padding/paddedLength.js";
import { padStream } from "../src/padding/padStream.js";
import { createUnpaddingTransform } from "../src/padding/unpadStream.js";
import { fail, readStandardInput, writeStandardOutput } from "./stdio.mjs";

function sliced(bytes, sliceBytes) {
  let position = 0;
  return new ReadableStream({
    pull(controller) {
      if (position >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(position, position + sliceBytes));
      position += sliceBytes;
    },
  });
}

async function collect(stream) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

try {
  const [mode, slice] = process.argv.slice(2);
  const input = await readStandardInput();
  const sliceBytes = Number(slice ?? "65536");
  let output;
  if (mode === "lengths") {
    const lengths = JSON.parse(new TextDecoder().decode(input));
    output = new TextEncoder().encode(JSON.stringify(lengths.map((length) => paddedLengthForData(length))));
  } else if (mode === "pad") output = padBytes(input);
  else if (mode === "unpad") output = unpadBytes(input);
  else if (mode === "pad-stream") output = await collect(padStream(sliced(input, sliceBytes)));
  else if (mode === "unpad-stream") {
    output = await collect(sliced(input, sliceBytes).pipeThrough(createUnpaddingTransform()));
  }
  else throw new Error(`Unknown mode ${mode}.`);
  await writeStandardOutput(output);
} catch (error) {
  fail(error);
}
