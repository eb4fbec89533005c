// A class's static blocks, one after the other, as one: the TypeScript compiler writes each static
// field as a block of its own (`static { this.styles = […]; } static { this.strings = […]; }`), and
// the minifiers leave them apart. Only blocks that hold nothing but expressions are merged, so no
// declaration of one meets another's; they run in the same order, with the same `this`.
// It runs on the JavaScript compiled from the TypeScript source (parsed with acorn; the edits keep
// a source map with magic-string).
import { Parser } from 'acorn';
import { simple } from 'acorn-walk';
import MagicString from 'magic-string';
import { librarySourcePlugin } from './minify-templates.js';

const onlyExpressions = (node) => node?.type === 'StaticBlock' && node.body.every((statement) => statement.type === 'ExpressionStatement');

/** The JavaScript with adjacent static blocks merged, and a source map of the change; undefined when nothing changed. */
export function mergeStaticBlocks(code, fileName) {
  if (!/\bstatic\s*\{/.test(code)) return undefined;
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const out = new MagicString(code);
  simple(ast, {
    ClassBody(node) {
      node.body.forEach((member, i) => {
        const previous = node.body[i - 1];
        // The previous block's `}` and this one's `static {` go: its statements follow on.
        if (onlyExpressions(member) && onlyExpressions(previous)) out.overwrite(previous.end - 1, member.start + code.slice(member.start).indexOf('{') + 1, ';');
      });
    },
  });
  if (!out.hasChanged()) return undefined;
  return { code: out.toString(), map: out.generateMap({ source: fileName, hires: true }) };
}

/** As a Vite (Rollup) plugin. */
export const mergeStaticBlocksPlugin = () => librarySourcePlugin('mfa-merge-static-blocks', mergeStaticBlocks);
