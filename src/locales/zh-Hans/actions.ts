import type en from '../en/actions.js';

/**
 * Simplified Chinese words of the actions some elements share (see en/actions.ts). Loaded when an
 * element that registers them first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  save: '保存',
  saving: '正在保存…',
  close: '关闭',
};
export default zhHans;
