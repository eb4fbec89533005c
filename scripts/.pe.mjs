import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { elementBuild, scriptOf, translationsApart } from './element-build.js';
for (const name of process.argv.slice(2)) {
  const r = await build({ ...elementBuild, metafile: true, entryPoints: [`dist/components/${name}/${name}.js`], plugins: [translationsApart(new Set())] });
  const code = scriptOf(r);
  console.log(name, code.length, gzipSync(code, { level: 9 }).length);
  if (process.env.BREAK) {
    const out = Object.values(r.metafile.outputs).find((o) => o.entryPoint);
    const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
    for (const [n, k] of rows.slice(0, +process.env.BREAK)) console.log(String(n).padStart(7), k);
  }
}
