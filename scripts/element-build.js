// How npm run size and npm run bench build an element: one minified ES module with Lit and every
// dependency inlined, lazily imported parts included (the phone parser, the QR library), for the
// browser. Each translation the element loads with `import()` stays out, as a bundler's code
// splitting would leave it, so the figures are those of a page showing English. The entry is the
// element's module as the package ships it (dist/, for size) or its source (src/, for bench).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for an element's own file; add `entryPoints` and `plugins`. */
export const elementBuild = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  outdir: join(root, 'size-out'), // never written
  // Without splitting, esbuild inlines lazily imported modules: the sum a user downloads.
  splitting: false,
  tsconfig: join(root, 'tsconfig.json'),
  conditions: ['browser', 'production'],
  // License comments go to a file of their own, as webpack's production build does by default.
  legalComments: 'external',
  logLevel: 'error',
};

/** The JavaScript file of a build with `elementBuild` (the license comments are another). */
export const scriptOf = (result) => result.outputFiles.find((file) => file.path.endsWith('.js')).contents;

const TRANSLATION = /[\\/]locales[\\/](?!en[\\/])[\w-]+[\\/]/;

/** An esbuild plugin that leaves translations out; the ones found are added to `found`. */
export function translationsApart(found = new Set()) {
  return {
    name: 'translations-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const path = join(args.resolveDir, args.path);
        if (args.kind !== 'dynamic-import' || !TRANSLATION.test(path)) return undefined;
        found.add(path);
        return { path: args.path, external: true };
      });
    },
  };
}
