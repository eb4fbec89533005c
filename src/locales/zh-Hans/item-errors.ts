import type en from '../en/item-errors.js';

/**
 * Simplified Chinese messages of the elements that create or rename something (see
 * en/item-errors.ts). Loaded when an element that registers them first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  nameTooLong: (_max: number, formatted: string) => `名称不能超过 ${formatted} 个字符。`,
  errorDuplicateName: '该名称已被使用。请换一个名称。',
  errorLimitReached: '已达到数量上限。请先删除一个再添加。',
  errorSecretGone: '之前的一次尝试其实已成功，但其结果已无法再次显示。请重新加载以查看当前状态，然后重试。',
};
export default zhHans;
