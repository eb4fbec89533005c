/**
 * Makes one of the library's modules unreachable, as a lost connection would: while the cookie
 * names it, the test server answers 503 for it (see web-test-runner.config.js). `false`: every
 * module is reachable again.
 */
export function unreachable(module: string | false): void {
  // biome-ignore lint/suspicious/noDocumentCookie: WebKit's cookieStore set a cookie its module requests did not send
  document.cookie = module ? `mfa-unreachable=${module}; path=/` : 'mfa-unreachable=; path=/; max-age=0';
}

/**
 * Whether this browser fetches a module again after it failed to (HTML no longer keeps a failed
 * fetch in the module map; WebKit fetches again, the Chromium and Firefox ESR of this project's CI
 * keep the failure), tried with a module of its own.
 */
export async function refetchesFailedModules(): Promise<boolean> {
  unreachable('unreachable-probe');
  try {
    await import('./unreachable-probe.js');
    throw new Error('the probe module was not made unreachable');
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  } finally {
    unreachable(false);
  }
  try {
    await import('./unreachable-probe.js');
    return true;
  } catch {
    return false;
  }
}

/**
 * Holds one of the library's modules back, as a slow network would: while the cookie names it, the
 * test server keeps each request for it unanswered until `release` (see web-test-runner.config.js).
 */
export function hold(module: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: as in `unreachable`
  document.cookie = `mfa-held=${module}; path=/`;
}

/** Answers the requests held back by `hold`, and holds no more. */
export async function release(): Promise<void> {
  // biome-ignore lint/suspicious/noDocumentCookie: as in `unreachable`
  document.cookie = 'mfa-held=; path=/; max-age=0';
  await fetch('/__mfa-release-modules');
}
