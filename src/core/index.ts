/**
 * The core API, without any element: the client, errors, events, localization and theme tokens.
 * `import { FetchClient } from 'mfa-elements/core'` registers no custom element.
 */
export * from './action.js';
export * from './choice-styles.js';
export * from './client.js';
export * from './context.js';
export * from './custom-state.js';
export * from './errors.js';
export * from './events.js';
export * from './heading-styles.js';
export { hostStrings } from './host-strings.js';
export { whenLeft } from './leaving.js';
export * from './localize.js';
export * from './localized-element.js';
export * from './mfa-element.js';
export * from './page-locale.js';
export * from './resource.js';
export * from './styles.js';
// The token list in theme.ts is for this repository's stories; hosts find the tokens in the README
// and custom-elements.json.
export { themeTokens } from './theme.js';
export type * from './types.js';
export { METHOD_IDS, PHONE_SLOTS } from './types.js';
