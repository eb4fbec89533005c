import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { type Manifest, argTypesOf, controlsForStoryArgs } from './arg-types.js';
import { type LitWarningRecorder, recordLitWarnings } from '../test/support/lit-warnings.js';
import { type ExpectedState, expectState } from './story-state.js';

// Docs tables (attributes, properties, events, slots, parts, CSS properties) come from the JSDoc
// of each element, through the generated custom-elements.json.
setCustomElementsManifest(manifest);

/**
 * The toolbar's locales: the two built in, Arabic (right to left) from host strings, and a
 * pseudo-locale: every string accented, a third longer and marked (see stories/support/pseudo-locale.ts).
 */
const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'zh-CN', title: '简体中文 (Simplified Chinese)' },
  { value: 'ar', title: 'العربية (Arabic, host strings, right to left)' },
  { value: 'en-XA', title: '⟦Pšéüðø⟧ (pseudo-locale: longer, every string marked)' },
];

// The frame around every story: the toolbar's locale as `lang` (each story's provider follows the
// nearest `lang` unless the story sets its own locale) and its colour scheme, with the page's own
// background and text following that scheme (system colours, so forced-colors mode keeps working).
const frameStyles = document.createElement('style');
frameStyles.textContent = `
  .mfa-story-frame { background: Canvas; color: CanvasText; padding: 1rem; }
  .mfa-story-frame[data-theme='light'] { color-scheme: light; }
  .mfa-story-frame[data-theme='dark'] { color-scheme: dark; }
`;
document.head.append(frameStyles);

const withLocaleAndTheme: Decorator = (story, { globals }) => {
  const locale = String(globals.locale ?? 'en');
  const theme = globals.theme === 'dark' ? 'dark' : 'light';
  document.documentElement.style.colorScheme = theme;
  return html`
    <div class="mfa-story-frame" lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} data-theme=${theme}>${story()}</div>
  `;
};

/** Lit's warnings during the story being shown (see test/support/lit-warnings.ts). */
let litWarnings: LitWarningRecorder | undefined;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Locale of every story (a story that sets its own locale keeps it)',
      toolbar: { title: 'Locale', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
    theme: {
      description: 'Colour scheme of every story',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  // A control for each argument the story's render reads, and none for the rest (see arg-types.ts).
  argTypesEnhancers: [controlsForStoryArgs],
  decorators: [withLocaleAndTheme],
  parameters: {
    // Every entry of the manifest in its table, whatever other entry shares its name (see arg-types.ts).
    docs: { extractArgTypes: (tagName: string) => argTypesOf(manifest as Manifest, tagName) },
    controls: { expanded: true },
    // Accessibility violations fail the story, in the a11y panel and in `npm run test:stories`.
    a11y: { test: 'error' },
    viewport: {
      options: {
        phone: { name: 'Phone (360 × 740)', styles: { width: '360px', height: '740px' }, type: 'mobile' },
        phoneLarge: { name: 'Large phone (414 × 896)', styles: { width: '414px', height: '896px' }, type: 'mobile' },
        tablet: { name: 'Tablet (768 × 1024)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        laptop: { name: 'Laptop (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
        desktop: { name: 'Desktop (1920 × 1080)', styles: { width: '1920px', height: '1080px' }, type: 'desktop' },
      },
    },
  },
  // Lit's dev-mode warnings (an update scheduled after an update completed…) fail the story.
  beforeEach: ({ viewMode }) => {
    litWarnings?.stop();
    litWarnings = viewMode === 'docs' ? undefined : recordLitWarnings();
    return () => litWarnings?.stop();
  },
  // Every story names the state it shows (`parameters.expected`, see story-state.ts); this checks
  // it after the story has rendered and played, so each story is a test of that state.
  afterEach: async ({ canvasElement, parameters, component, title, name, viewMode }) => {
    // Docs pages render stories without their play functions: the states after a play are not reached.
    if (viewMode === 'docs') return;
    const expected = parameters.expected as ExpectedState | false | undefined;
    if (expected !== false) {
      if (!expected) throw new Error(`${title} › ${name} names no expected state (parameters.expected).`);
      await expectState(canvasElement, String(component ?? ''), expected);
    }
    const warnings = litWarnings?.warnings ?? [];
    litWarnings?.stop();
    if (warnings.length > 0) throw new Error(`${title} › ${name}: Lit warned while the story ran: ${warnings.join(' | ')}`);
  },
};

export default preview;
