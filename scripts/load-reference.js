// Loads the reference endpoint (TypeScript, written for web standards) into Node 20, which cannot
// import TypeScript itself: esbuild bundles it once into node_modules/.cache, then we import that.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The reference module (reference/node-entry.ts), compiled for Node. */
export async function loadReference() {
  // One file per process: several test runs or a test run beside `npm start` must not race.
  const outfile = join(root, `node_modules/.cache/mfa-elements/reference.${process.pid}.mjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, 'reference/node-entry.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const mod = await import(pathToFileURL(outfile).href);
  rmSync(outfile, { force: true });
  return mod;
}

/** A Connect-style middleware serving the sandbox host (the demo sandbox and the tests' ones). */
export async function loadReferenceHost() {
  return (await loadReference()).createReferenceMiddleware();
}
