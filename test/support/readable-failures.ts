/**
 * Loaded in every browser test page before the test framework (web-test-runner.config.js,
 * `testRunnerHtml`), as fail-on-lit-warnings.ts is. An assertion that fails on elements
 * (`expect(shadowRoot.activeElement).to.equal(button)`) keeps them in its error's `actual` and
 * `expected`, and the test runner, reporting the failure, never got past them: the file ran until
 * its 5 minutes were over and said only that it did not finish, not which test failed or why. The
 * error takes chai's description of each node instead (`<button part="button">`), which its message
 * already gives, and the failure is reported at once, with its diff.
 */
// The chai @open-wc/testing gives the tests, not @open-wc/testing itself: loaded before the test
// framework, it would find no `afterEach` to remove each test's fixture after it.
import { Assertion, AssertionError, util } from '@esm-bundle/chai';

const described = (value: unknown): unknown =>
  value instanceof Node ? util.inspect(value) : Array.isArray(value) ? value.map(described) : value;

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function (this: Chai.Assertion, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const failure = error as Chai.AssertionError & { actual?: unknown; expected?: unknown };
      failure.actual = described(failure.actual);
      failure.expected = described(failure.expected);
    }
    throw error;
  }
};
