import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {
    name: '@storybook/web-components-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.optimizeDeps ??= {};
    // Without this, Storybook's pre-bundling can load a second copy of Lit.
    config.optimizeDeps.include = [...(config.optimizeDeps.include ?? []), 'lit/directive-helpers.js'];
    return config;
  },
};

export default config;
