import { CODE_INPUT_PARTS } from '../code-input/code-input-parts.js';

/**
 * The parts of the elements `<mfa-security-info>` is made of, forwarded through `exportparts` as
 * `<element>-<part>`: `mfa-security-info::part(method-picker-save-button)` styles what
 * `mfa-method-picker::part(save-button)` styles when the picker is used alone. Each list is each
 * element's `@csspart` list, written as words separated by spaces (test/security-info.test.ts
 * compares them with custom-elements.json), the code input's parts that the phone editor and the
 * enrollment forward in turn included: `mfa-security-info::part(phone-editor-code-input-input)`.
 */
export const INNER_PARTS = {
  'method-picker': (
    'base heading list row row-label row-detail current notice save-button setup-list setup-button empty status error ' +
    'button primary link'
  ).split(' '),
  'phone-editor': [
    ...(
      'base title heading current label country country-search number extension channel notice field-error sent-to code countdown ' +
      'remove-confirm error status button primary danger link'
    ).split(' '),
    ...CODE_INPUT_PARTS.map((part) => `code-input-${part}`),
  ],
  'authenticator-list': 'base heading list item name details row row-name row-detail rename-form label name-input field-error dialog status empty error button primary danger'.split(' '),
  'authenticator-enroll': [
    ...(
      'base heading form kind-group label name-input field-error qr open-app manual-toggle manual-key key copy-button code-input status error actions ' +
      'button primary link'
    ).split(' '),
    ...CODE_INPUT_PARTS.map((part) => `code-input-${part}`),
  ],
  'app-passwords': (
    'base heading intro list row row-name row-detail revoke-button confirm cancel-button empty usage notice create-form ' +
    'label name-input field-error create-button password-panel warning password copy-button manual-copy done-button status error ' +
    'button primary danger'
  ).split(' '),
};

export type InnerElement = keyof typeof INNER_PARTS;

/** The `exportparts` value for each inner element. */
export const EXPORT_PARTS = Object.fromEntries(
  Object.entries(INNER_PARTS).map(([name, parts]) => [name, parts.map((part) => `${part}:${name}-${part}`).join(', ')]),
) as Record<InnerElement, string>;
