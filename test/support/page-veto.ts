/**
 * Runs `flow` on a page that has a code field of its own and submits it itself: it listens for
 * `mfa-code-complete` on the document and vetoes it. Resolves with the codes the page heard.
 */
export async function withPageVetoingCodes(flow: () => Promise<void>): Promise<string[]> {
  const heard: string[] = [];
  const veto = (event: Event) => {
    heard.push((event as CustomEvent<{ code: string }>).detail.code);
    event.preventDefault();
  };
  document.addEventListener('mfa-code-complete', veto);
  try {
    await flow();
  } finally {
    document.removeEventListener('mfa-code-complete', veto);
  }
  return heard;
}
