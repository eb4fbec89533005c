// custom-elements.json, generated from the JSDoc of every element: it feeds Storybook's docs
// tables, IDEs and the package's `customElements` field.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*-flow.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
