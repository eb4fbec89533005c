// For the self-contained bundle only: the library's `import('./…')` of its own modules (the phone
// parser, the QR encoder, each translation) made static imports. In a file that inlines everything,
// a lazy import saves no download; it only defers evaluating code already loaded, and for that the
// bundler wraps each module it reaches in a function of its own, which keeps it from being
// minified with the modules around it. Imported statically, the bundle is 1.0 KB (gzip) smaller.
// Where it can, `import()` becomes the object it would give, written out from the module's
// exports, rather than a namespace object the bundler builds with a getter per export and a
// helper: 0.17 KB (gzip) less again.
// The cost: the phone parser's metadata is evaluated when the page loads, not when a number is
// first edited, about 1 ms more script time at load (in Chromium, on 2 cores). The library build,
// dist/cdn/, the demo and the tests keep every lazy import, where they do save a download.
// It runs on the JavaScript compiled from the TypeScript source (parsed with acorn; the edits keep
// a source map with magic-string).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Parser } from 'acorn';
import { simple } from 'acorn-walk';
import MagicString from 'magic-string';
import { librarySourcePlugin } from './minify-templates.js';

/**
 * The JavaScript with each `import('./…')` of a literal relative path made a static import, and a
 * source map of the change; undefined when there is none.
 */
export function staticLazyImports(code, fileName) {
  if (!code.includes('import(')) return undefined;
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const out = new MagicString(code);
  const imports = [];
  simple(ast, {
    ImportExpression(node) {
      const { value } = node.source;
      if (typeof value !== 'string' || !value.startsWith('.')) return;
      const name = `lazyImport$${imports.length}`;
      const exported = valueExports(fileName, value);
      if (exported) {
        // The object `import()` would give, written out from the module's exports, rather than a
        // namespace object the bundler builds at run time with a getter for each.
        const local = (key) => `${name}_${key}`;
        const specifiers = exported.map((key) => (key === 'default' ? `default as ${local(key)}` : `${key} as ${local(key)}`));
        imports.push(`import { ${specifiers.join(', ')} } from ${JSON.stringify(value)};`);
        out.overwrite(node.start, node.end, `Promise.resolve({ ${exported.map((key) => `${key}: ${local(key)}`).join(', ')} })`);
      } else {
        imports.push(`import * as ${name} from ${JSON.stringify(value)};`);
        out.overwrite(node.start, node.end, `Promise.resolve(${name})`);
      }
    },
  });
  if (imports.length === 0) return undefined;
  out.prepend(`${imports.join('\n')}\n`);
  return { code: out.toString(), map: out.generateMap({ source: fileName, hires: true }) };
}

/**
 * The names of the values the TypeScript module `specifier` names (from `importer`) exports, when
 * each is declared where it is exported (`export function f`, `export const c`, `export default x;`);
 * undefined when the module exports otherwise (a list, a re-export), or cannot be read.
 */
function valueExports(importer, specifier) {
  let source;
  try {
    source = readFileSync(resolve(dirname(importer.replace(/[?#].*$/, '')), specifier.replace(/\.js$/, '.ts')), 'utf8');
  } catch {
    return undefined;
  }
  // A Set: an overloaded function is declared once per signature.
  const names = new Set();
  for (const [line] of source.matchAll(/^export\b.*$/gm)) {
    const declared = /^export (?:async )?(?:function\*?|const|let|var|class) ([\w$]+)/.exec(line);
    if (declared) names.add(declared[1]);
    else if (/^export default [\w$]+;$/.test(line)) names.add('default');
    else if (!/^export (?:type|interface|declare) /.test(line)) return undefined;
  }
  return names.size > 0 ? [...names] : undefined;
}

/** As a Vite (Rollup) plugin. */
export const staticLazyImportsPlugin = () => librarySourcePlugin('mfa-static-lazy-imports', staticLazyImports);
