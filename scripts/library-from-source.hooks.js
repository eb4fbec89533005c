// Module hooks for scripts/library-from-source.js: a module of dist/ resolves to its source in
// src/ (`dist/core/client.js` → `src/core/client.ts`, as the library build lays it out), and the
// source's own `./x.js` imports to `./x.ts`; TypeScript loads through esbuild, types stripped.
import { existsSync, readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root).href;
const src = new URL('src/', root).href;

export async function resolve(specifier, context, next) {
  if (context.parentURL && /^\.{1,2}\//.test(specifier)) {
    const url = new URL(specifier, context.parentURL).href;
    if (url.startsWith(dist) && url.endsWith('.js')) return { url: `${src}${url.slice(dist.length, -3)}.ts`, shortCircuit: true };
    if (url.startsWith(src) && url.endsWith('.js') && !existsSync(new URL(url))) return { url: `${url.slice(0, -3)}.ts`, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.startsWith(src) || !url.endsWith('.ts')) return next(url, context);
  const { code } = await transform(readFileSync(new URL(url), 'utf8'), { loader: 'ts', format: 'esm', target: 'node20', sourcefile: url });
  return { format: 'module', source: code, shortCircuit: true };
}
