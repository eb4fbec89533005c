/**
 * The words of a live region, said again when they come again. The same words leave the region as
 * it was, and assistive technology says nothing: every other time they come (`mark`: true, or an
 * odd count) an invisible mark (a zero-width space) follows them, so the region changes, without a
 * flicker, while a sighted user reads the same words. No words stay none (an empty region stays
 * `:empty`, out of the flow).
 */
export const sayAgain = (text: string, mark?: boolean | number): string => (text && mark ? `${text}\u200b` : text);
