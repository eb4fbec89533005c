import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rolldown, type UserConfig } from 'vite';
import { dataFirstPlugin } from './scripts/data-first.js';
import { mergeStaticBlocksPlugin } from './scripts/merge-static-blocks.js';
import { minifyTemplatesPlugin } from './scripts/minify-templates.js';
import { qrcodeEsmPlugin } from './scripts/qrcode-esm.js';
import { staticLazyImportsPlugin } from './scripts/static-lazy-imports.js';
import { translationValuesPlugin } from './scripts/translation-values.js';

/**
 * One config, four jobs:
 * - `vite` (npm start): the demo portal in demo/, with the reference endpoint mounted at /reference.
 * - `vite build` (npm run build): the library, one ES module per element, dependencies external.
 * - `vite build --mode bundle`: dist/mfa-elements.bundle.js, everything inlined, for pages with no
 *   build step (`<script type="module" src="mfa-elements.bundle.js">`).
 * - `vite build --mode cdn`: dist/cdn/, the same as an entry and the chunks it loads on demand.
 */

/** `src/components/<name>/<name>.ts` for every element: each is its own entry and subpath export. */
function elementEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync('src/components')) {
    entries[`components/${name}/${name}`] = `src/components/${name}/${name}.ts`;
  }
  return entries;
}

/** The modules of `qrcode` the QR encoder imports (src/components/authenticator-enroll/qr-symbol.ts). */
function qrcodeModules(): string[] {
  const source = readFileSync('src/components/authenticator-enroll/qr-symbol.ts', 'utf8');
  const modules = [...source.matchAll(/from '(qrcode\/[^']+)'/g)].map((match) => match[1]);
  if (modules.length === 0) throw new Error('qr-symbol.ts imports no module of qrcode that this finds: update qrcodeModules()');
  return modules;
}

/**
 * The modules that hold data alone, first in the bundle in this order (scripts/data-first.js): the
 * phone parser's metadata, the translations (Chinese, then English, which imports it there), the
 * style sheets.
 */
function dataModules(): string[] {
  const files = (dir: string, name: RegExp) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => name.test(file))
      .sort()
      .map((file) => `${dir}/${file.replaceAll('\\', '/')}`);
  return [
    fileURLToPath(import.meta.resolve('libphonenumber-js/metadata.min.json')),
    ...files('src/locales/zh-Hans', /\.ts$/),
    ...files('src/locales/en', /\.ts$/),
    ...files('src', /styles\.ts$/),
  ];
}

/** Serves the reference endpoint (every sandbox, the demo's included) from the dev server. */
function referenceEndpoint(): Plugin {
  return {
    name: 'mfa-reference-endpoint',
    async configureServer(server) {
      // Loaded the way the test server loads it (see scripts/load-reference.js).
      const { loadReferenceHost } = await import('./scripts/load-reference.js');
      server.middlewares.use(await loadReferenceHost());
    },
  };
}

function jobConfig({ command, mode }: { command: string; mode: string }): UserConfig {
  if (command === 'serve') {
    return {
      root: 'demo',
      plugins: [referenceEndpoint()],
      // Pre-bundled at start: discovered later (when the QR code or the phone parser first loads),
      // they would make the dev server reload the page in the middle of a flow.
      optimizeDeps: { include: [...qrcodeModules(), 'libphonenumber-js/core/es6', 'libphonenumber-js/min/metadata'] },
      server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
    };
  }
  if (mode === 'cdn') {
    // dist/cdn/: the same, in one entry and chunks it loads when needed (the phone parser and its
    // metadata, the QR library, each translation), for pages with no build step that want less
    // up front. The folder is self-contained too: serve it as it is.
    return {
      plugins: [qrcodeEsmPlugin()],
      build: {
        target: 'es2022',
        outDir: 'dist/cdn',
        emptyOutDir: true,
        sourcemap: true,
        lib: { entry: { 'mfa-elements': 'src/index.ts' }, formats: ['es'] },
        ...terserMinify,
        rolldownOptions: {
          // The entry may export more than src/index.ts does, so that a module it shares with a lazy
          // chunk (the digit helpers, with the phone parser's) stays in it, for the chunk to import
          // from it. Else that module gets a chunk of its own, which the browser finds only once
          // the entry has come: one more round trip before the first element shows (0.7 s with
          // a slow mobile connection, 2.1 s on 3G, by a modulepreload of that chunk).
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            comments: { legal: false, annotation: false },
            postBanner: licenseBanner,
            // Named for what they hold: `qrcode-…` rather than the library's `qrcode.js`, and the
            // translations by locale (`zh-Hans-method-picker-…`).
            chunkFileNames: (chunk) => {
              if (chunk.moduleIds.some((id) => id.includes('/node_modules/qrcode/'))) return 'chunks/qrcode-[hash].js';
              if (chunk.moduleIds.some((id) => id.includes('/locales/zh-Hans/'))) return 'chunks/zh-Hans-[name]-[hash].js';
              return 'chunks/[name]-[hash].js';
            },
          },
        },
      },
    };
  }
  if (mode === 'bundle') {
    return {
      // Everything is in this one file: what the library imports lazily elsewhere is imported
      // statically here (see the script).
      // The QR library's modules as ES modules, so what the enrollment does not use is left out.
      // The modules that hold data alone come first, each kind together, as gzip codes them best.
      plugins: [staticLazyImportsPlugin(), qrcodeEsmPlugin(), dataFirstPlugin('src/index.ts', dataModules())],
      build: {
        target: 'es2022',
        emptyOutDir: false,
        sourcemap: true,
        lib: { entry: { 'mfa-elements.bundle': 'src/index.ts' }, formats: ['es'] },
        // One file: the parts loaded lazily elsewhere (the phone parser and metadata, the QR library,
        // the translations) are inlined too, and imported statically.
        // Fully minified: this file is mostly loaded by a `<script>` tag as it is.
        ...terserMinify,
        rolldownOptions: {
          output: { codeSplitting: false, minify: true, comments: { legal: false, annotation: false }, postBanner: licenseBanner },
        },
      },
    };
  }
  return {
    build: {
      target: 'es2022',
      sourcemap: true,
      minify: false,
      lib: {
        entry: { index: 'src/index.ts', 'core/index': 'src/core/index.ts', ...elementEntries() },
        formats: ['es'],
      },
      rolldownOptions: {
        // One Lit (and one copy of each dependency) on a page: the host's bundler provides them.
        external: [/^lit($|\/)/, /^@lit\//, /^libphonenumber-js($|\/)/, /^qrcode($|\/)/],
        // One dist file per source file, so `sideEffects` can name exactly the modules that
        // register elements and everything else tree-shakes.
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
}

/**
 * The files pages load as they are (the bundle, dist/cdn/) go through Terser (four compress
 * passes: the third still takes 0.04 KB gzip off the bundle, the fourth 0.03 KB, a fifth or a sixth
 * nothing more) and then Rolldown's own minifier (`output.minify`): each finds what the other leaves, 1.0 KB
 * (gzip) off the bundle compared with Rolldown's alone. Terser leaves statements apart rather than
 * joining them with commas (`sequences: false`), and an `if` that returns as it is
 * (`if_return: false`), which Rolldown's minifier folds after it: 0.04 KB and 0.02 KB (gzip) less,
 * with the passes where they settle. It leaves a comparison's operands in the order written
 * (`lhs_constants: false`) rather than putting the constant first (`42 === x` for `x === 42`), one
 * rewrite fewer: 0.005 KB (gzip) less, at four passes as at five. Terser leaves names as they are
 * (`mangle: false`): Rolldown's minifier mangles them after it all the same, and from the names as
 * written the file gzips 0.05 KB smaller than from Terser's. It inlines only simple functions
 * (`inline: 1`), not those that take arguments or declare variables, and leaves declarations apart
 * rather than joining them (`join_vars: false`), which Rolldown's minifier joins after it: fewer
 * rewrites, each left out keeping what the code does, and the file gzips 0.011 KB smaller so. Terser may take reading a property as having
 * no effect (`pure_getters`), so it drops reads whose value goes unused (0.1 KB): no code here, the
 * dependencies' included, reads a property for what reading it does (such as `offsetWidth` to
 * force a layout). It may write a function expression that does not use `this` as an arrow function
 * (`unsafe_arrows`), which has no `prototype` and cannot be called with `new` (0.03 KB): those it
 * finds are called where they are written, or are the QR library's helpers, called by name; no code
 * here, the dependencies' included, calls a function expression with `new` or reads its `prototype`
 * (the constructors are classes). It may leave out the parameters a function does not use
 * (`keep_fargs: false`), which changes its `length` (0.03 KB): no code here, the dependencies'
 * included, reads a function's `length` (only `arguments.length`, in functions it leaves as they
 * are). These two hold for the code as it is, not by rule: the end-to-end test on the strict CSP
 * page (e2e/csp.test.js) runs every flow on the bundle, and `check:dist` loads dist/cdn/, so a
 * dependency update that breaks either fails CI. The dependencies' license comments are not
 * left to the minifiers, which drop those of code they merge: `licenseBanner` puts each once at the
 * top of the file. Rolldown's annotations for a later bundler (`@__PURE__`) are left out too
 * (`comments.annotation`): no bundler tree-shakes these files, which register every element.
 */
const terserMinify = {
  minify: 'terser',
  terserOptions: { ecma: 2020, module: true, compress: { passes: 4, pure_getters: true, unsafe_arrows: true, sequences: false, if_return: false, lhs_constants: false, keep_fargs: false, inline: 1, join_vars: false }, format: { comments: false }, mangle: false },
} as const;

/** The license comments (`@license`, `@preserve`) of the dependencies in a chunk, each once. */
function licenseBanner(chunk: Rolldown.RenderedChunk): string {
  const notices = new Set<string>();
  for (const id of chunk.moduleIds) {
    if (!id.includes('/node_modules/')) continue;
    const source = readFileSync(id.replace(/[?#].*$/, ''), 'utf8');
    for (const [comment] of source.matchAll(/\/\*[*!][\s\S]*?\*\//g)) {
      if (/@license|@preserve/.test(comment)) notices.add(comment);
    }
  }
  return [...notices].join('\n');
}

// Every job takes the library's templates as it ships them (scripts/minify-templates.js), and its
// classes' static blocks merged (scripts/merge-static-blocks.js). The builds take each translation
// as its values alone (scripts/translation-values.js); the demo's dev server, as tests and
// Storybook, takes them as written.
export default defineConfig((env): UserConfig => {
  const config = jobConfig(env);
  const translations = env.command === 'build' ? [translationValuesPlugin()] : [];
  return { ...config, plugins: [minifyTemplatesPlugin(), mergeStaticBlocksPlugin(), ...translations, ...(config.plugins ?? [])] };
});
