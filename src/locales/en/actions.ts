import type { StringSource } from '../../core/localize.js';

/**
 * English words of the actions some elements share: saving an edit (the method picker, a rename in
 * the authenticator list) and closing a panel (the authenticator list's refusal, security info's
 * dialog). Those elements register this table; the others do without it.
 */
const en = {
  save: 'Save',
  saving: 'Saving…',
  close: 'Close',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const actionStrings: StringSource<typeof en> = {
  name: 'actions',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/actions.js') },
};
