/**
 * What a story shows, checked after it renders and plays (`afterEach` in preview.ts): each story
 * names its expected state in `parameters.expected`, so every story is also a test of that state.
 * All the listed checks must hold; they are polled for a few seconds, since stories drive the real
 * elements against the in-page reference endpoint.
 */
export interface ExpectedState {
  /** The element to check (a tag name). Default: the story's component. */
  element?: string;
  /** The element's read-only `status` (or `step`, for the multi-step flows). */
  status?: string;
  /** Parts that must be rendered, visible and not empty (one of them, where several have the part). */
  shows?: string[];
  /** A CSS selector inside the element that must match something visible and not empty (` >>> `
   * steps into a nested element's shadow root). */
  visible?: string;
  /** A CSS selector inside the element that must match nothing. */
  absent?: string;
  /** Parts that must not be rendered (or be hidden): none of them, where several have the part. */
  hides?: string[];
  /** A part holding a control the user cannot use right now (disabled or `aria-disabled`). */
  blocked?: string;
  /** The text direction of the element's `base` part. */
  dir?: 'ltr' | 'rtl';
  /** A script the element's text must contain: `Han` (Chinese) or `Arabic`. */
  script?: 'Han' | 'Arabic';
  /** The element's used colour scheme. */
  scheme?: 'light' | 'dark';
  /** Text the element must show (for elements with little state of their own). */
  text?: RegExp;
}

type Checkable = HTMLElement & { status?: string; step?: string };

const SCRIPTS = { Han: /\p{Script=Han}/u, Arabic: /\p{Script=Arabic}/u };

function part(root: ShadowRoot, name: string): Element | null {
  return root.querySelector(`[part~="${name}"]`);
}

/** Whether any element with the part is shown (an element may have two, such as two alerts). */
function anyShown(root: ShadowRoot, name: string): boolean {
  return [...root.querySelectorAll(`[part~="${name}"]`)].some(visible);
}

const CONTENT = 'input, select, textarea, button, canvas, img, svg';

/** Rendered, not hidden, and showing something: text, a control, a picture or an element of ours. */
function visible(el: Element | null): boolean {
  if (!el?.checkVisibility({ visibilityProperty: true })) return false;
  return (
    (el.textContent ?? '').trim() !== '' || el.matches(CONTENT) || el.shadowRoot !== null || el.querySelector(CONTENT) !== null
  );
}

/** `querySelector`, where ` >>> ` steps into the shadow root of what matched so far. */
function deepQuery(root: ShadowRoot, selector: string): Element | null {
  let scope: ShadowRoot | null | undefined = root;
  let found: Element | null = null;
  for (const step of selector.split(' >>> ')) {
    found = scope?.querySelector(step) ?? null;
    scope = found?.shadowRoot;
  }
  return found;
}

/** Every piece of text the element shows, its children's shadow roots included. */
function shownText(root: ShadowRoot | Element): string {
  let text = '';
  for (const node of root.querySelectorAll('*')) {
    if (node.shadowRoot) text += ` ${shownText(node.shadowRoot)}`;
  }
  return `${root.textContent ?? ''} ${text}`;
}

/** The checks that fail now, as sentences; empty when the element shows the expected state. */
export function unmet(canvas: HTMLElement, tag: string, expected: ExpectedState): string[] {
  const el = canvas.querySelector<Checkable>(expected.element ?? tag);
  const root = el?.shadowRoot;
  if (!el || !root) return [`<${expected.element ?? tag}> is not rendered`];
  const failures: string[] = [];
  if (expected.status !== undefined) {
    const actual = el.status ?? el.step;
    if (actual !== expected.status) failures.push(`status is "${actual}", expected "${expected.status}"`);
  }
  for (const name of expected.shows ?? []) {
    if (!anyShown(root, name)) failures.push(`part "${name}" is not shown`);
  }
  if (expected.visible && !visible(deepQuery(root, expected.visible))) {
    failures.push(`nothing visible matches ${expected.visible}`);
  }
  if (expected.absent && root.querySelector(expected.absent)) failures.push(`${expected.absent} is shown`);
  if (expected.scheme && getComputedStyle(el).colorScheme.trim() !== expected.scheme) {
    failures.push(`the colour scheme is "${getComputedStyle(el).colorScheme}", expected "${expected.scheme}"`);
  }
  for (const name of expected.hides ?? []) {
    if (anyShown(root, name)) failures.push(`part "${name}" is shown`);
  }
  if (expected.blocked) {
    const control = part(root, expected.blocked);
    const blocked = control?.matches(':disabled, [aria-disabled="true"]');
    if (!blocked) failures.push(`part "${expected.blocked}" is not disabled`);
  }
  if (expected.dir && part(root, 'base')?.getAttribute('dir') !== expected.dir) {
    failures.push(`the base part's dir is "${part(root, 'base')?.getAttribute('dir')}", expected "${expected.dir}"`);
  }
  const text = expected.script || expected.text ? shownText(root) : '';
  if (expected.script && !SCRIPTS[expected.script].test(text)) failures.push(`no ${expected.script} text is shown`);
  if (expected.text && !expected.text.test(text)) failures.push(`no text matches ${expected.text}`);
  return failures;
}

/** Waits until the element shows the expected state; throws with what differs when it does not. */
export async function expectState(canvas: HTMLElement, tag: string, expected: ExpectedState, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let failures = unmet(canvas, tag, expected);
  while (failures.length > 0 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    failures = unmet(canvas, tag, expected);
  }
  if (failures.length > 0) throw new Error(`The story does not show its state: ${failures.join('; ')}.`);
}
