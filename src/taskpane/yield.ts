/** Lets the browser paint (a progress state, a disabled button) before the next awaited workbook call. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
