// The modules of `qrcode`'s encoder that the enrollment uses (qr-symbol.ts) are CommonJS. Bundled
// as they are, each is wrapped in a function that builds its `exports` at run time, with a helper
// that makes an ES namespace of it, and nothing they export can be left out. For the files this
// project builds whole (the one-file bundle, dist/cdn/), `qrcodeEsmPlugin` rewrites them as the ES
// modules they would be: `exports.name = …` an `export const`, `module.exports = X` the default
// export, `require('./m')` an import. Terser then leaves out what qr-symbol.ts does not use: 1 KB
// gzip off the bundle. The package's own files are not changed.
//
// The rewrite knows the forms these files are written in, and no other: a module written another way
// (an update of the package) fails the build, naming the line, rather than be rewritten wrong. The
// symbols drawn are the same either way (scripts/qrcode-esm.test.js).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CORE = /[\\/]node_modules[\\/]qrcode[\\/]lib[\\/]core[\\/][\w-]+\.js$/;

/** Whether the module at `path` gives one value (`module.exports = X`) rather than named exports. */
function exportsOneValue(path) {
  return /^module\.exports = /m.test(readFileSync(path, 'utf8'));
}

/** The names a CommonJS module of qrcode/lib/core sets on `exports` (`exports.name = …`, each at a line's start). */
export function exportedNames(source) {
  return [...new Set([...source.matchAll(/^exports\.(\w+) = /gm)].map((m) => m[1]))];
}

/**
 * Throws unless each name the module sets on `exports` can become a binding of the module as it is
 * written: set at the start of a line only (not inside a function), never named in a string, and
 * not also the name of something else (a parameter, a local), which the rewrite would confuse.
 */
function checkExports(source, path) {
  const fail = (what) => {
    throw new Error(`qrcode-esm: ${path}: ${what}; this rewrite does not know that form`);
  };
  const withStrings = source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  if (/(['"`])[^'"`\n]*\bexports\./.test(withStrings)) fail('exports named in a string');
  // What the names are checked in: the code without its comments and the text of its strings.
  const code = withStrings.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
  if (/^[^\n]*\S[^\n]*\bexports\.\w+\s*=[^=]/m.test(code.replace(/^exports\.\w+ = /gm, ''))) fail('exports set inside other code');
  for (const name of exportedNames(code)) {
    const others = code
      .replace(new RegExp(`^exports\\.${name} = function ${name}\\b`, 'gm'), '')
      .replace(new RegExp(`\\bexports\\.${name}\\b`, 'g'), '');
    if (new RegExp(`(?<![.\\w$])${name}\\b(?!\\s*:)`).test(others)) fail(`"${name}" is exported and names something else too`);
  }
}

/** `source`, a CommonJS module of qrcode/lib/core at `path`, as an ES module; throws on a form it does not know. */
export function qrcodeModuleAsEsm(source, path) {
  checkExports(source, path);
  const here = dirname(path);
  const code = source
    // const getSymbolSize = require('./utils').getSymbolSize
    .replace(/^const (\w+) = require\('(\.\/[\w-]+)'\)\.(\w+)$/gm, "import { $3 as $1 } from '$2.js'")
    // const Polynomial = require('./polynomial')
    .replace(/^const (\w+) = require\('(\.\/[\w-]+)'\)$/gm, (_, local, module) =>
      exportsOneValue(join(here, `${module}.js`)) ? `import ${local} from '${module}.js'` : `import * as ${local} from '${module}.js'`,
    )
    // exports.getPositions = function getPositions (version) {
    .replace(/^exports\.(\w+) = /gm, 'export const $1 = ')
    // return exports.isValid(value) ? …
    .replace(/\bexports\.(\w+)/g, '$1')
    // module.exports = BitMatrix
    .replace(/^module\.exports = (\w+)$/m, 'export default $1');
  const unknown = code.split('\n').findIndex((line) => /\brequire\s*\(|\bexports\b|\bmodule\.exports\b/.test(line));
  if (unknown !== -1) {
    throw new Error(`qrcode-esm: ${path}:${unknown + 1} is written in a form this rewrite does not know: ${code.split('\n')[unknown].trim()}`);
  }
  return code;
}

/** A Vite (Rolldown) plugin: the modules of qrcode/lib/core as ES modules (see above). */
export function qrcodeEsmPlugin() {
  return {
    name: 'mfa-qrcode-esm',
    enforce: 'pre',
    transform(source, id) {
      if (!CORE.test(id)) return undefined;
      return { code: qrcodeModuleAsEsm(source, id), map: null };
    },
  };
}
