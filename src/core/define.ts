let warned = false;

/**
 * Whether the element `name` can still be defined. Not when another copy of the library on the page
 * (two bundles, or a bundle and dist/cdn/) defined it first: its elements serve the page, and the
 * console says so once, rather than each element's module stopping with an error.
 */
export function undefinedElement(name: string): boolean {
  if (!customElements.get(name)) return true;
  if (!warned) console.warn(`mfa-elements is loaded twice on this page: <${name}> and the others come from the copy loaded first.`);
  warned = true;
  return false;
}
