import { defineConfig } from 'vite';

// Storybook's own Vite config: the project's vite.config.ts builds the library and serves the demo.
export default defineConfig({});
