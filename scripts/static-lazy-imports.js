// For the self-contained bundle only: the library's `import('./…')` of its own modules (the phone
// parser, the QR encoder, each translation) made static imports. In a file that inlines everything,
// a lazy import saves no download; it only defers evaluating code already loaded, and for that the
// bundler wraps each module it reaches in a function of its own, which keeps it from being
// minified with the modules around it. Imported statically, the bundle is 1.0 KB (gzip) smaller.
// Where every export of the module is a binding that cannot change (see valueExports),
// `import()` becomes the object it would give, written out from those exports, rather than a
// namespace object the bundler builds with a getter per export and a helper: 0.17 KB (gzip) less
// again. The object is built where `import()` ran, once the module has run: the modules imported
// so import nothing back.
// The cost: the phone parser's metadata is evaluated when the page loads, not when a number is
// first edited, about 1 ms more script time at load (in Chromium, on 2 cores). The library build,
// dist/cdn/, the demo and the tests keep every lazy import, where they do save a download.
// It runs on the JavaScript compiled from the TypeScript source (parsed with acorn; the edits keep
// a source map with magic-string).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Parser } from 'acorn';
import { transformSync } from 'esbuild';
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
 * The names the TypeScript module `specifier` names (from `importer`) exports, when each is a
 * binding that cannot change: a function, a class, a `const` bound to a plain name, the default
 * export. Undefined (the caller keeps a namespace import) for any other export (`let` and `var`,
 * whose values may change; a list or a re-export; a destructuring), or a module that cannot be read.
 * The module is compiled with esbuild (type-only exports go) and its exports read with acorn.
 */
function valueExports(importer, specifier) {
  let source;
  try {
    source = readFileSync(resolve(dirname(importer.replace(/[?#].*$/, '')), specifier.replace(/\.js$/, '.ts')), 'utf8');
  } catch {
    return undefined;
  }
  const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'es2022' });
  const body = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }).body;
  // How each top-level name is bound: esbuild gathers the exports in one list at the end.
  const fixed = new Set();
  for (const node of body) {
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
    if (declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') fixed.add(declaration.id.name);
    if (declaration?.type === 'VariableDeclaration' && declaration.kind === 'const') {
      for (const { id } of declaration.declarations) if (id.type === 'Identifier') fixed.add(id.name);
    }
  }
  const names = [];
  for (const node of body) {
    if (node.type === 'ExportDefaultDeclaration') names.push('default');
    else if (node.type === 'ExportAllDeclaration') return undefined;
    else if (node.type === 'ExportNamedDeclaration') {
      if (node.source) return undefined;
      const declared = node.declaration?.type === 'VariableDeclaration' ? node.declaration.declarations.map((d) => d.id) : [node.declaration?.id];
      const bindings = node.declaration ? declared.map((id) => [id?.name, id?.name]) : node.specifiers.map((spec) => [spec.local.name, spec.exported.name]);
      for (const [local, exported] of bindings) {
        // `export default <expression>` (a table of strings) exports a value, never a live binding:
        // esbuild holds it in a `var` of its own.
        const defaultValue = exported === 'default' && /^export default /m.test(source);
        if (!local || !(fixed.has(local) || defaultValue)) return undefined;
        names.push(exported);
      }
    }
  }
  return names.length > 0 ? names : undefined;
}

/** As a Vite (Rollup) plugin. */
export const staticLazyImportsPlugin = () => librarySourcePlugin('mfa-static-lazy-imports', staticLazyImports);
