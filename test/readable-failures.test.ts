import { expect } from '@open-wc/testing';

/** The error of an assertion that fails. */
function failureOf(assertion: () => void): { message: string; actual: unknown; expected: unknown } {
  try {
    assertion();
  } catch (error) {
    return error as { message: string; actual: unknown; expected: unknown };
  }
  throw new Error('the assertion passed');
}

// test/support/readable-failures.ts, which every test page loads: a failure on elements is reported
// at once, with what the elements are, rather than holding the test runner up for the file's 5 minutes.
describe('an assertion that fails on elements', () => {
  it('keeps descriptions of them, not the elements, for the test runner to report', () => {
    const link = document.createElement('a');
    link.id = 'here';
    const failure = failureOf(() => expect(link).to.equal(document.createElement('button')));
    expect(failure.message).to.equal('expected <a id="here"></a> to equal <button></button>');
    expect(failure.actual).to.equal('<a id="here"></a>');
    expect(failure.expected).to.equal('<button></button>');
  });

  it('in lists too, and leaves other values as they are', () => {
    const failure = failureOf(() => expect([document.createElement('p'), 1]).to.deep.equal([document.createElement('b'), 1]));
    expect(failure.actual).to.deep.equal(['<p></p>', 1]);
    expect(failure.expected).to.deep.equal(['<b></b>', 1]);
    expect(failureOf(() => expect(1).to.equal(2))).to.include({ actual: 1, expected: 2 });
  });

  it('passes as before when it holds', () => {
    const link = document.createElement('a');
    expect(link).to.equal(link);
    expect([link]).to.deep.equal([link]);
  });
});
