import type { StringOverrides } from '../../src/core/localize.js';

/**
 * A host's own Arabic words for a few keys (the library has no Arabic table): with them, an element
 * on an Arabic page is laid out right to left; without any, it shows English, left to right.
 */
export const ARABIC: StringOverrides = { ar: { save: 'حفظ', cancel: 'إلغاء', retry: 'إعادة المحاولة' } };
