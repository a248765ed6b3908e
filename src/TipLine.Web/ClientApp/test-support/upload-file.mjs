// Usage: node upload-file.mjs '{"recipient":"age1…","chunkBytes":N,"fault":"none|lost-answer|partial-chunk"}' < file
// Uploads stdin with the browser's uploadEncryptedFile (pad → age → chunks) through node's real fetch to a
// loopback stand-in of the chunk endpoint (ADR 0017: PUT ?offset=n, 409 {"received":n}). The stand-in injects the
// chosen fault on every third PUT (the 1st, 4th, …): "lost-answer" stores the chunk and drops the connection
// before answering, "partial-chunk" stores half the chunk and drops the connection. Prints
// {"ciphertext":"<base64 of what the server assembled>","puts":n,"faults":n,"returned":n}.
import "./insecureContext.mjs";
import { createServer } from "node:http";
import { uploadEncryptedFile } from "../src/upload/uploadEncryptedFile.js";
import { fail, readStandardInput } from "./stdio.mjs";

function readBody(request) {
  return new Promise((resolve, reject) => {
    const parts = [];
    request.on("data", (part) => parts.push(part));
    request.on("end", () => resolve(Buffer.concat(parts)));
    request.on("error", reject);
  });
}

function startStandIn(fault) {
  const received = [];
  let receivedLength = 0;
  const counters = { puts: 0, faults: 0 };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    const offset = Number(url.searchParams.get("offset"));
    const body = await readBody(request);
    counters.puts++;
    if (request.method !== "PUT" || request.headers["content-type"] !== "application/octet-stream") {
      response.writeHead(400, { "Content-Type": "application/json" }).end('{"error":"bad.request","message":"bad"}');
      return;
    }
    if (offset !== receivedLength) {
      response.writeHead(409, { "Content-Type": "application/json" })
        .end(JSON.stringify({ error: "intake.upload.offset", message: "offset", received: receivedLength }));
      return;
    }
    const injectFault = fault !== "none" && counters.puts % 3 === 1;
    const stored = injectFault && fault === "partial-chunk" ? body.subarray(0, Math.floor(body.length / 2)) : body;
    received.push(stored);
    receivedLength += stored.length;
    if (injectFault) {
      counters.faults++;
      request.socket.destroy(); // the client sees a network error, not an answer
      return;
    }
    response.writeHead(204).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () =>
    resolve({ server, counters, address: server.address(), assembled: () => Buffer.concat(received) })));
}

try {
  const { recipient, chunkBytes, fault } = JSON.parse(process.argv[2] ?? "");
  const file = new Blob([await readStandardInput()]);
  const standIn = await startStandIn(fault);
  try {
    const returned = await uploadEncryptedFile(file, recipient, {
      chunkBytes,
      chunkUrl: (offset) => `http://127.0.0.1:${standIn.address.port}/api/upload?offset=${offset}`,
      retryDelays: [0],
    });
    process.stdout.write(JSON.stringify({
      ciphertext: standIn.assembled().toString("base64"),
      puts: standIn.counters.puts,
      faults: standIn.counters.faults,
      returned,
    }) + "\n");
  } finally {
    standIn.server.closeAllConnections();
    standIn.server.close();
  }
} catch (error) {
  fail(error);
}
