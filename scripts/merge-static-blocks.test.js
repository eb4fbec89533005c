// `node --test scripts/merge-static-blocks.test.js` (part of `npm test`): a class's static blocks,
// one after the other, as one, where each holds only expressions; the statements in the same order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeStaticBlocks } from './merge-static-blocks.js';

const merged = (code) => mergeStaticBlocks(code, 'x.js')?.code;

test('adjacent static blocks of expressions are one, their statements in the same order', () => {
  assert.equal(
    merged('class A extends B {\n  static {\n    this.styles = [s];\n  }\n  static {\n    this.strings = [t];\n  }\n  static { this.properties = {} }\n}'),
    'class A extends B {\n  static {\n    this.styles = [s];\n  ;\n    this.strings = [t];\n  ; this.properties = {} }\n}',
  );
  // They run as they did: the same `this`, in the same order.
  const log = [];
  new Function('log', merged('class A { static { log.push(this.name, 1); } static { log.push(2); } }'))(log);
  assert.deepEqual(log, ['A', 1, 2]);
});

test('a block with a declaration, or one apart from the next, stays as it is', () => {
  assert.equal(merged('class A { static { let x = 1; this.a = x; } static { this.b = 2; } }'), undefined);
  assert.equal(merged('class A { static { this.a = 1; } x = 1; static { this.b = 2; } }'), undefined);
  assert.equal(merged('class A { static { this.a = 1; } m() {} static { this.b = 2; } }'), undefined);
  assert.equal(merged('class A { static { this.a = 1; } }'), undefined);
});

test('classes in classes, and class expressions, are merged each on its own', () => {
  assert.equal(
    merged('const A = class { static { this.a = class { static { this.c = 1; } static { this.d = 2; } }; } static { this.b = 2; } };'),
    'const A = class { static { this.a = class { static { this.c = 1; ; this.d = 2; } }; ; this.b = 2; } };',
  );
});
