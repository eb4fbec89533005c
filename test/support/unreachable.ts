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
