/**
 * The network going and coming back, for the offline stories: the window's `offline` and `online`
 * events, as the browser fires them, which is what the elements listen to once they are in the page.
 * `navigator.onLine` is left as it is, so the elements of the next story start online.
 */
export function goOffline(): void {
  window.dispatchEvent(new Event('offline'));
}

export function goOnline(): void {
  window.dispatchEvent(new Event('online'));
}
