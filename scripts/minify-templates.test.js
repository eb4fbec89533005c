// `node --test scripts/minify-templates.test.js` (part of `npm test`): the templates as the library
// ships them. Only whitespace the HTML parser ignores inside a tag goes from an html`` literal, and
// a line break elsewhere is one space; the text between tags stays as it is, and a quoted value too,
// but for the quotes of one that needs none.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code with templates in it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyTemplates, tightenTags } from './minify-templates.js';

/** The text of the first template literal in `code` once minified (undefined when nothing changed). */
const minified = (code) => minifyTemplates(code, 'x.js')?.code.match(/`([\s\S]*)`/)[1];

test("a tag's white space before its > goes, in start and end tags, after a binding too", () => {
  assert.equal(
    minified('html`<button\n  type="button"\n  @click=${f}\n>\n  ${label}\n</button\n>`;'),
    '<button type=button @click=${f}> ${label} </button>',
  );
  assert.equal(minified('html`<span class="${c} hint"   >${x}</span >`;'), '<span class="${c} hint">${x}</span>');
});

test("a void element's /> is >, with the white space before it; another element's /> stays as it is", () => {
  assert.equal(minified('html`<input\n  .value=${v}\n  @input=${f}\n/>\n<br />`;'), '<input .value=${v} @input=${f}> <br>');
  // In svg`` (foreign content) a / closes the element; after an unquoted value, the space ends it.
  assert.deepEqual(tightenTags(['<path d="M0" />'], false), ['<path d="M0" />']);
  assert.deepEqual(tightenTags(['<my-el a="1" />']), ['<my-el a="1" />']);
});

test('text between tags and quoted values keep their > and their white space', () => {
  assert.equal(minified('html`<p title="a\n  > b">x\n  > y</p>`;'), '<p title="a > b">x > y</p>');
  // A quote opened before a binding is still open after it.
  assert.deepEqual(tightenTags(['<p title="', ' >" >', ' >']), ['<p title="', ' >">', ' >']);
  // A < that starts no tag is text.
  assert.deepEqual(tightenTags(['a < b\n>']), ['a < b\n>']);
});

test('css`` and other tags are not html', () => {
  assert.equal(minified('foo`<b\n>`;'), undefined);
});

test('a value that needs no quotes loses them; one with a binding, white space, a quote or nothing in it keeps them', () => {
  assert.equal(minified('html`<p class="error" role="alert" id=\'x\'>"a" b="c"</p>`;'), '<p class=error role=alert id=x>"a" b="c"</p>');
  assert.deepEqual(tightenTags(['<p part="a b" title="" x="y"/> <i class="', ' c" d="e">'], true, true), ['<p part="a b" title="" x="y"/> <i class="', ' c" d=e>']);
  // Followed by a binding, or by a / (which an unquoted value would take in), it keeps them.
  assert.deepEqual(tightenTags(['<path d="M0"/><p a="b"', '>'], true, true), ['<path d="M0"/><p a="b"', '>']);
  // Only HTML's white space ends an unquoted value: before a no-break space the quotes stay.
  assert.deepEqual(tightenTags(['<p a="b"\u00a0c="d">'], true, true), ['<p a="b"\u00a0c=d>']);
  // A comment, or text that is not markup, may hold what looks like a tag: nothing is changed.
  for (const template of ['<textarea><b x="y"></textarea><p a="b">', '<!-- <b x="y"> --><p a="b">', '<title><b x="y"></title>']) {
    assert.deepEqual(tightenTags([template], true, true), [template]);
  }
});
