// An esbuild plugin for npm run size and npm run bench: each translation an element loads with
// `import()` stays out of the element's own file, as a bundler's code splitting would leave it, so
// the figures are those of a page showing English. The translations found are added to `found`.
import { join } from 'node:path';

const TRANSLATION = /[\\/]locales[\\/](?!en[\\/])[\w-]+[\\/]/;

export function translationsApart(found = new Set()) {
  return {
    name: 'translations-apart',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const path = join(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        if (args.kind !== 'dynamic-import' || !TRANSLATION.test(path)) return undefined;
        found.add(path);
        return { path: args.path, external: true };
      });
    },
  };
}
