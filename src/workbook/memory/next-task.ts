/**
 * A new task of the event loop, for the preview's time slices. A message, not `setTimeout(0)`: browsers hold a
 * timer nested five deep back by at least 4 ms, and a run pausing every 6 ms would spend most of its time
 * waiting. Each pause has its own channel, closed once used, so that Node (tests, scripts) can exit.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
