// The library's templates as it ships them: the CSS of every css`` literal minified (Lightning
// CSS), and in every html``/svg`` literal each run of whitespace that holds a line break made one
// space, which renders the same (no template has <pre>, <textarea> or white-space: pre). The
// library build, the bundle and dist/cdn/, the demo, Storybook and the browser tests all take the
// source through it, so what the tests check is what pages get.
// It runs on the JavaScript compiled from the TypeScript source (parsed with acorn; the edits keep
// a source map with magic-string).
import { Parser } from 'acorn';
import { simple } from 'acorn-walk';
import { transform } from 'lightningcss';
import MagicString from 'magic-string';

const SOURCE = /[\\/]src[\\/].+\.ts$/;

/** Whether a file is library source whose templates are minified. */
export const isLibrarySource = (path) => SOURCE.test(path) && !path.endsWith('.test.ts') && !path.includes('node_modules');

/** Written back into a template literal: the characters it would read otherwise. */
const escapeTemplate = (text) => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

/** A css`` literal's CSS, minified; one with `${…}` inside is left as it is. */
function minifyCss(quasis, fileName) {
  if (quasis.length !== 1) return undefined;
  const { code } = transform({ filename: fileName, code: Buffer.from(quasis[0].value.cooked), minify: true });
  return [escapeTemplate(code.toString())];
}

/**
 * The JavaScript with its templates minified, and a source map of the change; undefined when
 * nothing changed.
 */
export function minifyTemplates(code, fileName) {
  if (!/\b(?:html|svg|css)`/.test(code)) return undefined;
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const out = new MagicString(code);
  simple(ast, {
    TaggedTemplateExpression(node) {
      const tag = node.tag.type === 'Identifier' ? node.tag.name : undefined;
      const { quasis } = node.quasi;
      const minified =
        tag === 'css'
          ? minifyCss(quasis, fileName)
          : tag === 'html' || tag === 'svg'
            ? quasis.map((quasi) => quasi.value.raw.replace(/\s*\n\s*/g, ' '))
            : undefined;
      minified?.forEach((text, i) => {
        const { start, end, value } = quasis[i];
        if (text !== value.raw && end > start) out.overwrite(start, end, text);
      });
    },
  });
  if (!out.hasChanged()) return undefined;
  return { code: out.toString(), map: out.generateMap({ source: fileName, hires: true }) };
}

/**
 * A Vite (Rollup) plugin that edits library source with `edit(code, fileName)` (which returns the
 * code and its source map, or undefined), after the TypeScript is compiled.
 */
export function librarySourcePlugin(name, edit) {
  return {
    name,
    enforce: 'post',
    transform(code, id) {
      return isLibrarySource(id) ? edit(code, id) : undefined;
    },
  };
}

/** As a Vite (Rollup) plugin. */
export const minifyTemplatesPlugin = () => librarySourcePlugin('mfa-minify-templates', minifyTemplates);
