// The library's templates as it ships them: the CSS of every css`` literal minified (Lightning
// CSS), and in every html``/svg`` literal each run of whitespace that holds a line break made one
// space, which renders the same (no template has <pre>, <textarea> or white-space: pre). The
// library build, the bundle and dist/cdn/, the demo, Storybook and the browser tests all take the
// source through it, so what the tests check is what pages get.
import { minifyHTMLLiterals } from 'minify-literals';

const SOURCE = /[\\/]src[\\/].+\.ts$/;

/** Whether a file is library source whose templates are minified. */
export const isLibrarySource = (path) => SOURCE.test(path) && !path.endsWith('.test.ts') && !path.includes('node_modules');

/** The source with its templates minified, or undefined when it has none. */
export async function minifyTemplates(code, fileName) {
  const result = await minifyHTMLLiterals(code, {
    fileName,
    html: (markup) => markup.replace(/\s*\n\s*/g, ' '),
  });
  return result ?? undefined;
}

/** As a Vite (Rollup) plugin, before TypeScript is compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'mfa-minify-templates',
    enforce: 'pre',
    async transform(code, id) {
      if (!isLibrarySource(id)) return undefined;
      const result = await minifyTemplates(code, id);
      return result && { code: result.code, map: result.map };
    },
  };
}
