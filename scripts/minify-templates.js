// The library's templates as it ships them: the CSS of every css`` literal minified (Lightning
// CSS), and in every html``/svg`` literal each run of whitespace that holds a line break made one
// space, which renders the same (no template has <pre>, <textarea> or white-space: pre), and the
// whitespace a tag holds before its `>`, which the parser ignores, left out (see `tightenTags`), and
// the quotes of an attribute value that needs none (see `tightenTags`). The
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

/** The HTML elements that never have content: a `/` before their `>` means nothing. */
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/**
 * A template's parts (the text between its `${…}`) with the whitespace inside its tags that the
 * parser ignores left out: before a tag's `>` (`<button …\n>`, `</span\n>`), and before the `/>` of
 * an HTML void element, whose `/` goes too (`<input … />` → `<input …>`: nothing then follows an
 * unquoted value but the `>` that ends it). What lies between tags, and inside quoted values, is
 * left as it is. The parts are read as one stream: a tag may hold bindings, and a quoted value too.
 *
 * With `unquote`, the quotes go too from each attribute value that needs none: one written in full
 * in a part (no binding in it), not empty, of characters an unquoted value may hold (none of HTML's
 * white space (space, tab, line feed, form feed, carriage return: not JavaScript's wider `\s`),
 * quotes, `=`, `<`, `>`, `` ` ``; no `\\`, which the raw text would escape), and followed by that
 * white space or the tag's `>` (`class="error"` → `class=error`). The HTML parser reads the same
 * value either way, in foreign content (svg``) too; Lit's template scanner takes it as a static
 * attribute as it did. A template with a comment or an element whose text is not markup (textarea,
 * title, style, script) keeps its quotes: that text is not scanned apart from tags.
 */
export function tightenTags(parts, html = true, unquote = false) {
  const bare = unquote && !parts.some((part) => /<!--|<(textarea|title|style|script)\b/i.test(part));
  /** `text`, or inside a tag (`tag`), or inside a quoted value (`"` or `'`). */
  let state = 'text';
  let name = '';
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const char = part[i];
      if (state === 'text') {
        const tag = char === '<' && /^<\/?([a-zA-Z][\w-]*)/.exec(part.slice(i));
        if (tag) {
          state = 'tag';
          name = tag[1].toLowerCase();
        }
      } else if (state === 'tag') {
        if (char === '"' || char === "'") {
          const value = bare && part[i - 1] === '=' && new RegExp(`^${char}([^ \\t\\n\\f\\r"'\`=<>\\\\]+)${char}(?=[ \\t\\n\\f\\r>])`).exec(part.slice(i));
          if (value) {
            out += value[1];
            i += value[0].length - 1;
            continue;
          }
          state = char;
        } else if (char === '>') state = 'text';
        else if (/\s/.test(char)) {
          const end = /^\s*(\/?>)/.exec(part.slice(i));
          if (end && (end[1] === '>' || (html && VOID.has(name)))) {
            i += end[0].length - 1;
            out += '>';
            state = 'text';
            continue;
          }
        }
      } else if (char === state) {
        state = 'tag';
      }
      out += char;
    }
    return out;
  });
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
            ? tightenTags(quasis.map((quasi) => quasi.value.raw), tag === 'html', true).map((raw) => raw.replace(/\s*\n\s*/g, ' '))
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
