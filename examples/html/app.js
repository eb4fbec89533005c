// Every change request sends the session's CSRF token, read from the page when the request is made.
document.querySelector('mfa-provider').headers = () => ({
  'X-CSRF-Token': document.querySelector('meta[name="csrf-token"]').content,
});

// Events bubble out of the elements: listen anywhere above them. In TypeScript, `event` is typed
// (`MfaMethodChangeEvent`) through GlobalEventHandlersEventMap.
document.addEventListener('mfa-method-change', (event) => {
  document.getElementById('saved').textContent = `New default method: ${event.detail.method}`;
});
