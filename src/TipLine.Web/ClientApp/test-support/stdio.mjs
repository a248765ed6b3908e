// Binary stdin/stdout for the interop scripts.
export async function readStandardInput() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const buffer = Buffer.concat(chunks);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}

export function writeStandardOutput(bytes) {
  return new Promise((resolve, reject) =>
    process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
}

// Reports a failure on stderr with a non-zero exit, which is what the C# tests check.
export function fail(error) {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
}
