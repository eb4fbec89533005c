/**
 * Loaded in every browser test page before the test framework (web-test-runner.config.js,
 * `testRunnerHtml`): a warning of Lit's development build that no test should cause (see
 * lit-warnings.ts) fails the test running when it is given, in every file, not only in the tests
 * that record warnings themselves. It is still printed first.
 *
 * Lit gives each message once per page: it is forgotten again, so that a later test in the same file
 * that causes it fails too.
 */
import { unexpectedLitCode } from './lit-warnings.js';

const warn = console.warn;
console.warn = (...args: unknown[]): void => {
  warn.apply(console, args);
  const code = unexpectedLitCode(args[0]);
  if (!code) return;
  (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.delete(String(args[0]));
  // Thrown outside Lit's update, which is under way: the test framework fails the current test with it.
  setTimeout(() => {
    throw new Error(`Lit's development build warned (${code}): ${String(args[0])}`);
  });
};
