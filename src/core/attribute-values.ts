/**
 * Attribute and property values an element cannot take: said on the console, with what the
 * attribute takes, so a typo in a page (`phone-slot="work"`) is neither a crash nor silently another
 * choice. What the element uses instead is in the attribute's documentation.
 */
export const badValue = (attribute: string, value: unknown, takes: string): void =>
  console.warn(`mfa-elements: ${attribute}="${value}" is not ${takes}.`);

/**
 * For an attribute that takes one of a few keywords, its value as HTML reads its own
 * (`<input type>`): in any case (`Office` is `office`); missing, `fallback`; any other value,
 * `fallback` too, and the console says which values the attribute takes. The elements apply it to
 * the property before each render, so a value set by script (a framework's property binding) is
 * read the same way as one set by the attribute.
 */
export const keyword =
  <T extends string>(attribute: string, words: readonly T[], fallback?: T) =>
  (value: unknown): T | undefined => {
    const word = String(value).toLowerCase() as T;
    if (words.includes(word)) return word;
    if (value != null) badValue(attribute, value, `one of ${words}`);
    return fallback;
  };
