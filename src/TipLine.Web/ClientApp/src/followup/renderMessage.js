// Shows a decrypted follow-up message ({"v":1,"body":…,"files":[…]}) as text.
import { appendMultilineText } from "./renderAnswers.js";

export function renderMessage(documentRoot, message) {
  const body = documentRoot.createElement("p");
  body.className = "body";
  appendMultilineText(body, typeof message?.body === "string" ? message.body : "");
  return body;
}
