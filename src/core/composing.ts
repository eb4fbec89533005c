/**
 * Whether an event belongs to an input method's composition (Chinese pinyin, Japanese kana…), which
 * the field handles itself: an element leaves such an event alone. Engines tell it apart in
 * different ways, so any of these marks it:
 * - `isComposing`, on keys and `input` while the text is composed (Chromium, Firefox);
 * - key code 229, on every key the input method takes, and alone on the key that ends a
 *   composition in Safari, which ends it before the page gets the key (an Enter that commits the
 *   text, an Escape that drops the candidates);
 * - `insertCompositionText` on an `input` that is not composing: Firefox's, after `compositionend`,
 *   of the text that event already gave.
 * The committed text is taken at `compositionend`, which every engine fires.
 */
export const composing = (event: Event): boolean =>
  (event as InputEvent).isComposing ||
  (event as KeyboardEvent).keyCode === 229 ||
  (event as InputEvent).inputType === 'insertCompositionText';
