/**
 * Every English string, merged from the tables in en/: one per element plus the shared core. The
 * elements import only their own tables (see `StringSource`); this module is for tests and type
 * checks that want the whole reference. `MfaStrings` is its type: every translation is checked
 * against it, so a missing or extra key is a type error. Keys are camelCase; strings with parameters
 * are functions, and parameters arrive already formatted for the locale (numbers, durations, dates),
 * and the names users give isolated (`isolateName`).
 */
import core from './en/core.js';
import actions from './en/actions.js';
import errorDetails from './en/error-details.js';
import itemErrors from './en/item-errors.js';
import methodPicker from './en/method-picker.js';
import codeInput from './en/code-input.js';
import phoneEditor from './en/phone-editor.js';
import authenticatorEnroll from './en/authenticator-enroll.js';
import authenticatorList from './en/authenticator-list.js';
import appPasswords from './en/app-passwords.js';
import userAdmin from './en/user-admin.js';
import securityInfo from './en/security-info.js';

export const en = {
  ...core,
  ...actions,
  ...errorDetails,
  ...itemErrors,
  ...methodPicker,
  ...codeInput,
  ...phoneEditor,
  ...authenticatorEnroll,
  ...authenticatorList,
  ...appPasswords,
  ...userAdmin,
  ...securityInfo,
};

/**
 * Every key and its English value's type. Written as the tables' own types joined, not as `typeof en`:
 * the declarations of a spread object repeat its members without their comments, so an editor showed
 * a host's table no word of where a key shows or what its parameters are.
 */
export type MfaStrings = typeof core &
  typeof actions &
  typeof errorDetails &
  typeof itemErrors &
  typeof methodPicker &
  typeof codeInput &
  typeof phoneEditor &
  typeof authenticatorEnroll &
  typeof authenticatorList &
  typeof appPasswords &
  typeof userAdmin &
  typeof securityInfo;
