// For the self-contained bundle only: the modules that hold data and nothing else (the phone
// parser's metadata, the translations, the style sheets) come first in the file, each kind
// together, and the code after. The bundler writes modules in the order they run, so the entry
// imports these first; gzip codes each stretch of the file with the bytes it holds, and the
// metadata's digits, the Chinese strings (three bytes a character), the English ones and the CSS,
// each together, code in fewer bits than scattered between the code that uses them: 3.7 KB (gzip)
// less.
// Only the order changes. A module moved must only declare values (see `onlyDeclaresValues`): it
// runs nothing when it loads, so when it loads changes nothing, and what it imports is another
// moved module or Lit (whose `css` the style sheets call; Lit reads nothing the library's modules
// set when they load). The build fails on a module that does more, and on one that nothing in the
// library imports (importing it first would add it, not move it).
// The library build, dist/cdn/, the demo and the tests keep the order of the source.
import { dirname, relative, resolve, sep } from 'node:path';
import { Parser } from 'acorn';
import MagicString from 'magic-string';

/** Whether an expression only makes a value when it runs: nothing it does can be seen. */
function makesValue(node, cssTags) {
  switch (node?.type) {
    case 'Literal':
    case 'Identifier':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return true;
    case 'TemplateLiteral':
      return node.expressions.every((expression) => makesValue(expression, cssTags));
    case 'UnaryExpression':
      return node.operator === '-' && node.argument.type === 'Literal';
    case 'ArrayExpression':
      return node.elements.every((element) => element === null || makesValue(element, cssTags));
    case 'ObjectExpression':
      return node.properties.every(
        (property) =>
          property.type === 'Property' && (!property.computed || property.key.type === 'Literal') && makesValue(property.value, cssTags),
      );
    case 'TaggedTemplateExpression':
      // Lit's css`` makes a CSSResult of its text, and nothing else.
      return node.tag.type === 'Identifier' && cssTags.has(node.tag.name) && makesValue(node.quasi, cssTags);
    default:
      return false;
  }
}

/**
 * The reason a module does more than declare values, or undefined when it does not: its top level
 * holds only imports (from 'lit', or of a module `isMoved(path)` accepts), declarations of values
 * and exports of them. `fileName` is the module's path, against which its imports are resolved.
 */
export function onlyDeclaresValues(code, fileName, isMoved) {
  const body = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }).body;
  const cssTags = new Set();
  for (const node of body) {
    if (node.type !== 'ImportDeclaration') continue;
    const source = node.source.value;
    if (source === 'lit') {
      for (const specifier of node.specifiers) {
        if (specifier.type !== 'ImportSpecifier' || specifier.imported.name !== 'css') return `it imports ${specifier.local.name} from lit`;
        cssTags.add(specifier.local.name);
      }
    } else if (!source.startsWith('.') || !isMoved(resolve(dirname(fileName), source.replace(/\.js$/, '.ts')))) {
      return `it imports ${source}, which is not moved with it`;
    }
  }
  const declares = (node) =>
    node.type === 'VariableDeclaration' &&
    node.declarations.every((declaration) => declaration.id.type === 'Identifier' && (declaration.init === null || makesValue(declaration.init, cssTags)));
  for (const node of body) {
    const fine =
      node.type === 'ImportDeclaration' ||
      node.type === 'EmptyStatement' ||
      declares(node) ||
      (node.type === 'ExportNamedDeclaration' && !node.source && (node.declaration === null || declares(node.declaration))) ||
      (node.type === 'ExportDefaultDeclaration' && makesValue(node.declaration, cssTags));
    if (!fine) return `it runs ${code.slice(node.start, Math.min(node.end, node.start + 60))}`;
  }
  return undefined;
}

/** The entry's code with an import of each of `modules` (paths) before it, in that order, and a source map. */
export function dataFirst(code, entry, modules) {
  const specifier = (path) => {
    const to = relative(dirname(entry), path).split(sep).join('/');
    return JSON.stringify(to.startsWith('.') ? to : `./${to}`);
  };
  const out = new MagicString(code);
  out.prepend(modules.map((path) => `import ${specifier(path)};\n`).join(''));
  return { code: out.toString(), map: out.generateMap({ source: entry, hires: true }) };
}

/**
 * As a Vite (Rollup) plugin: `entry` imports `modules` (paths) first, in that order; the build
 * fails if one of them does more than declare values, or if nothing else imports it.
 */
export function dataFirstPlugin(entry, modules) {
  const entryPath = resolve(entry);
  const moved = new Set(modules.map((path) => resolve(path)));
  const checked = new Set();
  return {
    name: 'mfa-data-first',
    enforce: 'post',
    transform(code, id) {
      const path = id.replace(/[?#].*$/, '');
      if (path === entryPath) return dataFirst(code, entryPath, [...moved]);
      if (!moved.has(path)) return undefined;
      const reason = onlyDeclaresValues(code, path, (other) => moved.has(other));
      if (reason) this.error(`${relative('.', path)} cannot come first in the bundle: ${reason}`);
      checked.add(path);
      return undefined;
    },
    buildEnd(error) {
      if (error) return;
      for (const path of moved) {
        const importers = this.getModuleInfo(path)?.importers.filter((importer) => importer !== entryPath) ?? [];
        if (!checked.has(path) || importers.length === 0) this.error(`${relative('.', path)} is imported by nothing in the library: leave it out of the modules that come first`);
      }
    },
  };
}
