/**
 * Presses a copy button with the browser's clipboard answering as the story needs: `accepted` (the
 * write succeeds; nothing reaches the real clipboard) or `refused` (as a browser refuses it without
 * permission, on an insecure page, or in a frame not allowed to write). The clipboard is itself
 * again once the element has had its answer.
 */
export async function pressCopy(button: HTMLElement | null | undefined, answer: 'accepted' | 'refused'): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
  clipboard.writeText =
    answer === 'accepted' ? () => Promise.resolve() : () => Promise.reject(new DOMException('Refused in this story', 'NotAllowedError'));
  button?.click();
  await new Promise((r) => setTimeout(r, 0));
  delete (clipboard as Partial<typeof clipboard>).writeText;
}
