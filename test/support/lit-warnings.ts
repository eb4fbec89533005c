/**
 * Lit's development build (what the browser tests, Storybook and `npm run test:stories` load) warns
 * about element code that works but should not be written that way: an update scheduled after an
 * update completed (`change-in-update`), a reactive property shadowed by a class field, and so on.
 * Each warning is a `console.warn` naming https://lit.dev/msg/<code>. This records the ones issued
 * while a test or a story runs, so it can fail on them (Storybook: `afterEach` in preview.ts).
 *
 * Lit prints each message once per page and remembers it in `globalThis.litIssuedWarnings`. Tests
 * and stories share a page, so recording starts by forgetting the messages printed before: a test
 * that repeats an earlier one's mistake is caught too. Bare codes in that set (a page switching a
 * warning off on purpose) are kept, and so is "Lit is in dev mode", which is expected here.
 */

const LIT_MESSAGE = /https:\/\/lit\.dev\/msg\/([\w-]+)/;
const EXPECTED = new Set(['dev-mode']);

/** The code of a Lit dev-mode warning that a test or a story should not cause, or undefined. */
export function unexpectedLitCode(message: unknown): string | undefined {
  const code = typeof message === 'string' ? LIT_MESSAGE.exec(message)?.[1] : undefined;
  return code && !EXPECTED.has(code) ? code : undefined;
}

export interface LitWarningRecorder {
  /** The unexpected Lit warnings issued since recording started. */
  readonly warnings: readonly string[];
  /** Stops recording (console.warn is itself again). */
  stop(): void;
}

/** Starts recording Lit's dev-mode warnings; they are still printed as usual. */
export function recordLitWarnings(): LitWarningRecorder {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  for (const entry of issued ?? []) {
    if (unexpectedLitCode(entry)) issued?.delete(entry);
  }
  const warnings: string[] = [];
  const warn = console.warn;
  const recording = (...args: unknown[]): void => {
    if (unexpectedLitCode(args[0])) warnings.push(String(args[0]));
    warn.apply(console, args);
  };
  console.warn = recording;
  return {
    warnings,
    stop: () => {
      // Only our own wrapper is taken off: something that wrapped console.warn after us stays.
      if (console.warn === recording) console.warn = warn;
    },
  };
}
