/**
 * The copy shortcut of the user's keyboard, for a message asking them to copy by hand: `⌘C` on
 * Apple's systems, `Ctrl+C` elsewhere; empty on a touch screen (a coarse pointer: a phone, a tablet),
 * which has no such keys, for the message to say "touch and hold" instead. `platform`: the browser's
 * own when not given.
 */
export function copyShortcut(
  platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform || navigator.platform,
): string {
  return matchMedia('(pointer: coarse)').matches ? '' : /mac|iphone|ipad|ipod/i.test(platform) ? '⌘C' : 'Ctrl+C';
}
