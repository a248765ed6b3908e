// Lets the browser paint and handle input between slices of long work. A MessageChannel message is not clamped
// to 4 ms after nesting as setTimeout is; setTimeout remains for environments without it.
export function yieldToEventLoop() {
  if (typeof MessageChannel === "function") {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
