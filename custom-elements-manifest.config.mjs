// custom-elements.json, generated from the JSDoc of every element: it feeds Storybook's docs
// tables, IDEs and the package's `customElements` field. From it, for hosts:
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code custom data.
import { readFileSync } from 'node:fs';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

/** Modules outside `globs` whose string-literal unions attributes are typed with. */
const TYPE_MODULES = ['src/core/types.ts'];

/** Unions from the DOM's own types that attributes use. */
const DOM_UNIONS = { RequestCredentials: "'include' | 'omit' | 'same-origin'" };

/**
 * Writes `expandedType` on every attribute typed with a named union of string literals
 * (`PhoneSlot` → `'mobile' | 'alternate' | 'office'`), so editors offer the values an attribute
 * takes rather than the name of its type.
 */
function expandedAttributeTypes() {
  const unions = new Map(Object.entries(DOM_UNIONS));
  const collect = (ts, source) => {
    for (const statement of source.statements) {
      if (!ts.isTypeAliasDeclaration(statement) || !ts.isUnionTypeNode(statement.type)) continue;
      const literals = statement.type.types.map((t) =>
        ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? `'${t.literal.text}'` : undefined,
      );
      if (literals.every(Boolean)) unions.set(statement.name.text, literals.join(' | '));
    }
  };
  let typeModulesRead = false;
  return {
    name: 'expanded-attribute-types',
    collectPhase({ ts, node }) {
      if (!ts.isSourceFile(node)) return;
      collect(ts, node);
      if (typeModulesRead) return;
      typeModulesRead = true;
      for (const path of TYPE_MODULES) {
        collect(ts, ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const attribute of declaration.attributes ?? []) {
            const text = attribute.type?.text;
            if (!text) continue;
            const expanded = text.replace(/\b[A-Z]\w*\b/g, (name) => unions.get(name) ?? name);
            if (expanded !== text) attribute.expandedType = { text: expanded };
          }
        }
      }
    },
  };
}

/**
 * Leaves out of every element's members what is not its public API: private and protected members
 * (`#settings`, `flow`, `strings`…), which Storybook's docs would otherwise list among the
 * properties a page can set, and static ones (`styles`, `properties`), which are Lit's. An
 * attribute of a field that is not public goes too: the elements' states (`{ state: true }`, which
 * Lit never links to an attribute; the analyzer does not know that).
 */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.members) continue;
          const hidden = new Set(
            declaration.members.filter((member) => (member.privacy ?? 'public') !== 'public').map((member) => member.name),
          );
          const attributes = declaration.attributes?.filter((attribute) => !hidden.has(attribute.fieldName));
          if (attributes?.length) declaration.attributes = attributes;
          else delete declaration.attributes;
          declaration.members = declaration.members.filter(
            (member) => !member.static && !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public',
          );
        }
      }
    },
  };
}

/**
 * Leaves out of every element's events the unnamed ones the analyzer adds for each
 * `dispatchEvent(new SomeEvent(…))` it reads, when the class doc declares that event by name
 * already (`@event`): the manifest would list it twice, once with no name.
 */
function eventsDeclaredOnce() {
  return {
    name: 'events-declared-once',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const named = new Set(declaration.events.filter((event) => event.name).map((event) => event.type?.text));
          declaration.events = declaration.events.filter((event) => event.name || !named.has(event.type?.text));
        }
      }
    },
  };
}

/**
 * Points every module of the manifest at the file the package ships (`dist/components/…/….js`),
 * not at the TypeScript source it was read from, which is not in the package: tools that go from a
 * tag to its module (an editor's "go to definition", an import they write) find it.
 */
function shippedPaths() {
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/$1.js');
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
        else visit(value);
      }
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * Writes out the parts an element forwards from the elements it is made of (`exportparts`), which
 * its JSDoc names by their prefix (`@csspart phone-editor-… - Every part of the inner
 * <mfa-phone-editor>s…`): each becomes one entry per part of that element, `phone-editor-number`
 * and so on, with that part's description. Editors then offer the names a page can write, and
 * Storybook lists them, rather than the prefix.
 */
function forwardedPartsListed() {
  return {
    name: 'forwarded-parts-listed',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []);
      const partsOf = new Map(declarations.map((declaration) => [declaration.tagName, declaration.cssParts ?? []]));
      for (const declaration of declarations) {
        if (!declaration.cssParts?.some((part) => part.name.endsWith('-…'))) continue;
        declaration.cssParts = declaration.cssParts.flatMap((part) => {
          if (!part.name.endsWith('-…')) return [part];
          const prefix = part.name.slice(0, -2);
          const inner = partsOf.get(`mfa-${prefix}`);
          if (!inner?.length) throw new Error(`${declaration.tagName}: @csspart ${part.name} names no element's parts`);
          return inner.map((forwarded) => ({
            name: `${prefix}-${forwarded.name}`,
            description: `The inner <mfa-${prefix}>'s \`${forwarded.name}\`: ${forwarded.description}`,
          }));
        });
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*-flow.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    expandedAttributeTypes(),
    publicMembersOnly(),
    eventsDeclaredOnce(),
    forwardedPartsListed(),
    shippedPaths(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
      typesSrc: 'expandedType',
    }),
  ],
};
