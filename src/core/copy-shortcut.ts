/**
 * The copy shortcut of the user's keyboard, for a message asking them to copy by hand: `⌘C` on
 * Apple's systems, `Ctrl+C` elsewhere. `platform`: the browser's own when not given.
 */
export function copyShortcut(
  platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform || navigator.platform,
): string {
  return /mac|iphone|ipad|ipod/i.test(platform) ? '⌘C' : 'Ctrl+C';
}
