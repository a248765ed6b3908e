/** The server answered with a 4xx/5xx; `message` is its localised text when it sent one (ADR 0017 error body). */
export class ApiError extends Error {
  constructor(status, errorKey, serverMessage, body) {
    super(serverMessage || `The server answered ${status}.`);
    this.name = "ApiError";
    this.status = status;
    this.errorKey = errorKey ?? null;
    this.serverMessage = serverMessage ?? null;
    this.body = body ?? null;
  }
}

/** The request did not get an answer (offline, Tor circuit closed, server down). */
export class NetworkError extends Error {
  constructor(cause) {
    super("The request did not reach the server.", { cause });
    this.name = "NetworkError";
  }
}
