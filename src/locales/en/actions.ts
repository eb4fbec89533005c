import type { StringSource } from '../../core/localize.js';

/**
 * English words of the actions some elements share: saving an edit (the method picker, a rename in
 * the authenticator list) and closing a panel (the authenticator list's refusal, security info's
 * dialog). Those elements register this table; the others do without it.
 */
const en = {
  /**
   * `<mfa-method-picker>` (saves the default method) and
   * `<mfa-authenticator-list>`'s rename form: the Save button (visible words).
   */
  save: 'Save',
  /**
   * `<mfa-method-picker>`: status line (polite live region) while the default is saved.
   * `<mfa-authenticator-list>`: the words of the rename form's Save button while the name is sent.
   */
  saving: 'Saving…',
  /**
   * `<mfa-authenticator-list>`: the remove dialog's button once removal was refused (visible words).
   * `<mfa-security-info>`: accessible name (aria-label) of the Add dialog's × button, not shown.
   */
  close: 'Close',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const actionStrings: StringSource<typeof en> = {
  name: 'actions',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/actions.js') },
};
