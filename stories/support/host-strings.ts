import type { StringOverrides } from '../../src/core/localize.js';
import type { MfaStrings } from '../../src/locales/en.js';
import { PSEUDO_LOCALE, PSEUDO_STRINGS } from './pseudo-locale.js';

/**
 * Arabic is not built in: a host adds it with its own words for a few keys (the rest fall back to
 * English), which is what the right-to-left stories show. The toolbar's Arabic locale uses these too.
 */
export const ARABIC_HOST_STRINGS: Partial<MfaStrings> = {
  save: 'حفظ',
  cancel: 'إلغاء',
  retry: 'إعادة المحاولة',
  close: 'إغلاق',
  loading: 'جارٍ التحميل…',
  securityInfoTitle: 'معلومات الأمان',
};

/** A story provider's `strings`: the shared Arabic words, plus a story's own, and the pseudo-locale's. */
export function hostStrings(arabic: Partial<MfaStrings> = {}): StringOverrides {
  return { ar: { ...ARABIC_HOST_STRINGS, ...arabic }, [PSEUDO_LOCALE]: PSEUDO_STRINGS };
}
