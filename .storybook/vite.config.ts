import { defineConfig } from 'vite';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.js';

// Storybook's own Vite config: the project's vite.config.ts builds the library and serves the demo.
// The stories show the templates as the library ships them.
export default defineConfig({ plugins: [minifyTemplatesPlugin()] });
