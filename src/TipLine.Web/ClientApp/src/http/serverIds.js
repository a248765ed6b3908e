// Ids the server hands out go into URL paths; anything but 32 hex digits is refused rather than interpolated.
const SERVER_ID = /^[0-9a-f]{32}$/i;

export function checkServerId(value, what) {
  if (typeof value !== "string" || !SERVER_ID.test(value)) throw new Error(`The server sent an invalid ${what} id.`);
  return value;
}
