/** Every Simplified Chinese string, merged from the tables in zh-Hans/ (see en.ts). */
import type { MfaStrings } from './en.js';
import core from './zh-Hans/core.js';
import actions from './zh-Hans/actions.js';
import errorDetails from './zh-Hans/error-details.js';
import itemErrors from './zh-Hans/item-errors.js';
import methodPicker from './zh-Hans/method-picker.js';
import codeInput from './zh-Hans/code-input.js';
import phoneEditor from './zh-Hans/phone-editor.js';
import authenticatorEnroll from './zh-Hans/authenticator-enroll.js';
import authenticatorList from './zh-Hans/authenticator-list.js';
import appPasswords from './zh-Hans/app-passwords.js';
import userAdmin from './zh-Hans/user-admin.js';
import securityInfo from './zh-Hans/security-info.js';

export const zhHans: MfaStrings = {
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
