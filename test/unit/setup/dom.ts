/**
 * jsdom has no ResizeObserver, which Fluent's MessageBar and Dialog observe: every DOM suite gets this inert one
 * (layout is not what these tests check).
 */
class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: InertResizeObserver, writable: true, configurable: true });
}
