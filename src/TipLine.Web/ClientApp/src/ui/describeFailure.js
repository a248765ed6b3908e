// One sentence for the user about a failed step: the server's own localised message when it sent one,
// otherwise the page's text for the kind of failure. Never the technical error, which may say too much.
import { ApiError, NetworkError } from "../http/apiErrors.js";

export function describeFailure(error, message, fallbackKey) {
  if (error instanceof ApiError && error.serverMessage) return error.serverMessage;
  if (error instanceof NetworkError) return message("NetworkError");
  return message(fallbackKey);
}
