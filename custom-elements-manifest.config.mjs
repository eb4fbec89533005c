// custom-elements.json, generated from the JSDoc of every element: it feeds Storybook's docs
// tables, IDEs and the package's `customElements` field. From it, for hosts:
// - dist/vscode.html-custom-data.json and dist/vscode.css-custom-data.json: VS Code custom data.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*-flow.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
  ],
};
