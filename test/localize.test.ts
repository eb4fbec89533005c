import { expect } from '@open-wc/testing';
import { MfaError, type MfaErrorCode, MFA_ERROR_CODES } from '../src/core/errors.js';
import {
  Localizer,
  type PlainKey,
  type StringOverrides,
  type StringSource,
  ambientLocale,
  buttonName,
  isolateName,
  registerStrings,
  sentences,
} from '../src/core/localize.js';
import { spokenNumber } from '../src/core/masked-number.js';
import { hostStrings } from '../src/core/host-strings.js';
import { en } from '../src/locales/en.js';
import { codeInputStrings } from '../src/locales/en/code-input.js';
import { actionStrings } from '../src/locales/en/actions.js';
import { appPasswordsStrings } from '../src/locales/en/app-passwords.js';
import { errorDetailStrings } from '../src/locales/en/error-details.js';
import { itemErrorStrings } from '../src/locales/en/item-errors.js';
import { methodPickerStrings } from '../src/locales/en/method-picker.js';
import { zhHans } from '../src/locales/zh-Hans.js';

describe('Localizer', () => {
  // Save, Close: words of a table some elements register, as on a page with a method picker.
  before(() => registerStrings(actionStrings));

  const tables: [string, string, 'ltr' | 'rtl'][] = [
    ['en', 'Save', 'ltr'],
    ['en-GB', 'Save', 'ltr'],
    ['zh', '保存', 'ltr'],
    ['zh-CN', '保存', 'ltr'],
    ['zh-Hans-SG', '保存', 'ltr'],
    ['zh-TW', '保存', 'ltr'],
    // As Java writes them (`Locale.toString()`), which a portal's JSP puts in `lang`.
    ['zh_CN', '保存', 'ltr'],
    ['en_GB', 'Save', 'ltr'],
    ['de', 'Save', 'ltr'],
    // No words in the language: English, left to right.
    ['ar-EG', 'Save', 'ltr'],
    ['he', 'Save', 'ltr'],
    ['not a locale', 'Save', 'ltr'],
  ];
  it('lays out right to left a right-to-left locale given words, the host\'s own', () => {
    for (const locale of ['ar-EG', 'he', 'fa']) {
      const l = new Localizer(locale, { [locale]: { cancel: '…' } });
      expect(l.dir, locale).to.equal('rtl');
      expect(l.lang, locale).to.equal(locale);
      expect(l.term('save'), 'a key it lacks is in English').to.equal('Save');
    }
  });

  for (const [locale, save, dir] of tables) {
    it(`resolves ${locale}: "${save}", ${dir}`, async () => {
      const l = new Localizer(locale);
      await l.ready();
      expect(l.term('save')).to.equal(save);
      expect(l.dir).to.equal(dir);
    });
  }

  it('has a complete Simplified Chinese table: every key translated', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const value = zhHans[key];
      expect(typeof value, key).to.equal(typeof en[key]);
      const sample = typeof value === 'function' ? (value as (...a: unknown[]) => string)(3, '3') : value;
      // A country option, and a user's name with their id, have no words of their own, only the
      // Chinese brackets around their parameters.
      if (key === 'phoneEditorCountryOption') expect(sample, key).to.equal('3（\u2066+3\u2069）');
      else if (key === 'userAdminNameWithId') expect(sample, key).to.equal('3（3）');
      else expect(han.test(sample), `${key}: ${sample}`).to.equal(true);
    }
  });

  it("reads a tag as Java writes it (`zh_CN`) as the page means it: its own country's format, and the tag in the element's lang", async () => {
    const l = new Localizer('zh_CN');
    await l.ready();
    expect([l.locale, l.lang]).to.deep.equal(['zh-CN', 'zh-CN']);
    expect(l.date('2024-03-05T12:00:00Z')).to.equal('2024年3月5日');
    expect(new Localizer('en_GB').date('2024-03-05T12:00:00Z'), 'day first, as in Britain').to.equal('5 Mar 2024');
  });

  it('layers host overrides: exact tag over language-script over language', async () => {
    const l = new Localizer('zh-Hans-CN', {
      zh: { save: 'A', cancel: 'B', close: 'C' },
      'zh-Hans': { save: 'D', cancel: 'E' },
      'zh-Hans-CN': { save: 'F' },
    });
    await l.ready();
    expect([l.term('save'), l.term('cancel'), l.term('close'), l.term('retry')]).to.deep.equal(['F', 'E', 'C', '重试']);
  });

  it("takes a host's null as no words, a function where words are expected as the words it gives, and words for a sentence with parameters as they are: as its type says", () => {
    // A translation system's missing entry, or its lazily translated words: typed, no cast.
    const overrides: StringOverrides = { en: { save: () => 'Apply', cancel: null, retry: undefined, close: 'Done', authRemoveTitle: 'Remove it?' } };
    const l = new Localizer('en', overrides);
    expect([l.term('save'), l.term('cancel'), l.term('retry'), l.term('close')]).to.deep.equal(['Apply', 'Cancel', 'Try again', 'Done']);
    expect(l.format('authRemoveTitle', isolateName('Tablet'))).to.equal('Remove it?');
  });

  it('lets overrides add a locale, with English for keys they leave out', () => {
    const l = new Localizer('ar', { ar: { save: 'حفظ' } });
    expect(l.term('save')).to.equal('حفظ');
    expect(l.term('cancel')).to.equal('Cancel');
    expect(l.dir).to.equal('rtl');
  });

  it('names the language its strings are in, for a lang attribute', () => {
    expect(new Localizer('zh-CN').lang).to.equal('zh-CN');
    expect(new Localizer('zh-TW').lang, 'shown in Simplified Chinese').to.equal('zh-Hans');
    expect(new Localizer('en-GB').lang).to.equal('en-GB');
    expect(new Localizer('fr').lang, 'no French table: English is shown').to.equal('en');
    expect(new Localizer('fr', { fr: { save: 'Enregistrer' } }).lang, "the host's own words").to.equal('fr');
  });

  it('puts sentences one after the other: a space between them, none after a full-width stop', () => {
    expect(sentences('Nothing was saved.', '', 'Try again later.')).to.equal('Nothing was saved. Try again later.');
    expect(sentences('未保存。', '请稍后重试。')).to.equal('未保存。请稍后重试。');
    expect(sentences('', '请稍后重试。')).to.equal('请稍后重试。');
  });

  it('joins names as the locale does, each isolated from the direction around it', () => {
    expect(new Localizer('en').list(['Work phone', 'Tablet'], 'disjunction')).to.equal('\u2068Work phone\u2069 or \u2068Tablet\u2069');
    const arabic = new Localizer('ar').list(['Work phone', 'هاتف'], 'conjunction');
    expect(arabic.startsWith('\u2068Work phone\u2069')).to.equal(true);
    expect(arabic.endsWith('\u2068هاتف\u2069')).to.equal(true);
  });

  it('isolates a name whatever direction marks it holds, so none reaches the words after it', () => {
    const table: [string, string, string][] = [
      ['a name', 'Tablet', '\u2068Tablet\u2069'],
      ['a right-to-left name', 'هاتف 2', '\u2068هاتف 2\u2069'],
      // The closing isolate ends every embedding and override opened inside it.
      ['an override', '\u202Eevil', '\u2068\u202Eevil\u2069'],
      ['a closing isolate mark: left out', 'a\u2069\u202Eevil', '\u2068a\u202Eevil\u2069'],
      ['an isolate left open: left out', '\u2067\u202Eevil', '\u2068\u202Eevil\u2069'],
      ['an isolate of its own: left out', 'a \u2066b\u2069', '\u2068a b\u2069'],
    ];
    for (const [what, name, isolated] of table) expect(isolateName(name), what).to.equal(isolated);
    expect(new Localizer('en').list(['a\u2069\u202Eevil', 'Tablet'], 'conjunction')).to.equal('\u2068a\u202Eevil\u2069 and \u2068Tablet\u2069');
  });

  it('says a masked number by its start and end digits, as the endpoint masked it', async () => {
    const l = new Localizer('en');
    // Each number is kept left to right (U+2066 … U+2069) inside words of the locale's direction.
    expect(spokenNumber(l, '+1 ••• ••• ••67')).to.equal('\u2066+1\u2069 ending in \u206667\u2069');
    const said = (masked: string, locale = l) => spokenNumber(locale, masked).replace(/[\u2066-\u2069]/g, '');
    expect(said('+33 • •• •• •• 78')).to.equal('+33 ending in 78');
    expect(said('+1 (425) •••-••67'), 'punctuation around the digits').to.equal('+1 425 ending in 67');
    expect(said('+44 •••• ••••56 '), 'a space after').to.equal('+44 ending in 56');
    expect(said('+1 ••• ••• ••67\u200e'), 'a direction mark after').to.equal('+1 ending in 67');
    expect(said('+1 *** *** **67'), 'stars for the hidden digits').to.equal('+1 ending in 67');
    expect(said('+1 ●●● ●●● ●●67'), 'black circles for the hidden digits').to.equal('+1 ending in 67');
    expect(said('+1 ∙∙∙ ∙∙∙ ∙∙67'), 'bullet operators for the hidden digits').to.equal('+1 ending in 67');
    expect(said('•••••••67'), 'nothing before').to.equal('ending in 67');
    expect(said('+1 •••••••••'), 'no digits after the hidden ones: as it is').to.equal('+1 •••••••••');
    expect(spokenNumber(l, '+44 7400 123456'), 'nothing masked').to.equal('\u2066+44 7400 123456\u2069');
    const zh = new Localizer('zh-Hans');
    await zh.ready();
    expect(said('+86 ••• •••• ••21', zh)).to.equal('+86 尾号 21');
  });

  it('writes numbers, dates, durations, lists and country names in the language of the words shown', () => {
    // A page in a language without words (built in, or the host's) shows English: all of it.
    const french = new Localizer('fr-FR');
    expect(french.lang).to.equal('en');
    expect(french.duration(30)).to.equal('30 seconds');
    expect(french.date('2026-01-05T10:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).to.equal('January 5, 2026');
    expect(french.number(1234.5)).to.equal('1,234.5');
    expect(french.regionName('DE')).to.equal('Germany');
    expect(french.list(['A', 'B'], 'disjunction')).to.equal('\u2068A\u2069 or \u2068B\u2069');
    // A right-to-left page's date marks would break an English sentence apart.
    expect(new Localizer('he').date('2026-10-02T10:00:00Z', { dateStyle: 'medium', timeZone: 'UTC' })).to.equal('Oct 2, 2026');
    // With the host's words in the language, its formats.
    const withWords = new Localizer('fr-FR', { fr: { save: 'Enregistrer' } });
    expect(withWords.duration(30).replace(/\s/, ' ')).to.equal('30 secondes');
    expect(withWords.regionName('DE')).to.equal('Allemagne');
  });

  it("makes each of Intl's formatters once per language and options, not once per date of each row at each render", async () => {
    const Made = Intl.DateTimeFormat;
    let made = 0;
    // Counted where the localizer makes them: a subclass of the browser's own.
    Intl.DateTimeFormat = class extends Made {
      constructor(...args: ConstructorParameters<typeof Made>) {
        super(...args);
        made++;
      }
    } as typeof Made;
    try {
      const l = new Localizer('zh-CN');
      await l.ready([]);
      const dates = Array.from({ length: 500 }, (_, i) => l.date(Date.UTC(2026, 0, 1 + i, 12)));
      expect(made).to.equal(1);
      expect(dates[0]).to.equal('2026年1月1日');
      expect(l.date(Date.UTC(2026, 0, 1, 12), { year: 'numeric' })).to.equal('2026年');
      expect(new Localizer('en').date(Date.UTC(2026, 0, 1, 12))).to.equal('Jan 1, 2026');
      expect(made).to.equal(3);
    } finally {
      Intl.DateTimeFormat = Made;
    }
  });

  it('formats parameters for the locale', async () => {
    expect(new Localizer('en').format('retryIn', new Localizer('en').duration(30))).to.equal(
      'You can try again in 30 seconds.',
    );
    const zh = new Localizer('zh-CN');
    await zh.ready();
    expect(zh.format('retryIn', zh.duration(30))).to.equal('你可以在30秒钟后重试。');
    expect(new Localizer('en').duration(125)).to.equal('3 minutes');
    expect(new Localizer('en').duration(0.2)).to.equal('1 second');
    // In the largest unit the wait fills twice: seconds and minutes rounded up, hours and days to the nearest.
    const waits = [119, 120, 121, 7199, 7200, 7201, 9000, 86_400, 172_799, 172_800, 2_160_000, 2_200_000, 2_203_200];
    expect(waits.map((s) => new Localizer('en').duration(s))).to.deep.equal([
      '119 seconds', '2 minutes', '3 minutes', '120 minutes', '2 hours', '2 hours', '3 hours', '24 hours', '48 hours', '2 days', '25 days', '25 days', '26 days',
    ]);
    expect(zh.duration(2_160_000)).to.equal('25天');
    expect(new Localizer('zh-CN').regionName('DE')).to.equal('德国');
    expect(new Localizer('en').date('2026-01-05T10:00:00Z', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
      'January 5, 2026',
    );
    expect(new Localizer('en').date('not a date')).to.equal('');
    registerStrings(codeInputStrings);
    expect(new Localizer('en').count('codeInputHint', 1234), 'the count, as the locale writes it').to.equal(
      'Enter the 1,234-digit code.',
    );
    registerStrings(appPasswordsStrings);
    expect(new Localizer('en').count('appPasswordsUsage', 1234, 5000), 'each count, as the locale writes it').to.equal(
      '1,234 of 5,000 created',
    );
  });

  // Before any test registers the detail table, as on a page with only a method picker.
  it('gives an error whose detailed message is not registered the general message of its code', () => {
    const l = new Localizer('en');
    expect(l.errorMessage(new MfaError('conflict', { operation: 'setDefaultMethod', reason: 'duplicate-name' }))).to.equal(l.term('errorConflict'));
    expect(l.errorMessage(new MfaError('invalid-code', { operation: 'setDefaultMethod', attemptsLeft: 2 }))).to.equal(l.term('errorUnknown'));
    registerStrings(errorDetailStrings, itemErrorStrings);
    expect(l.errorMessage(new MfaError('conflict', { operation: 'renameAuthenticator', reason: 'duplicate-name' }))).to.equal(
      'That name is already in use. Choose another one.',
    );
  });

  it('gives every error code its own message, in both locales', async () => {
    for (const locale of ['en', 'zh-CN']) {
      const l = new Localizer(locale);
      await l.ready();
      const messages = MFA_ERROR_CODES.map((code: MfaErrorCode) =>
        l.errorMessage(new MfaError(code, { operation: 'getSettings' })),
      );
      expect(new Set(messages).size, locale).to.equal(MFA_ERROR_CODES.length);
      expect(messages).not.to.include(l.term('errorUnknown'));
    }
  });

  it('asks to reload the page for a change refused for its CSRF token, names the policy for one it refuses, in both locales; another refusal is "not allowed"', async () => {
    const csrf = new MfaError('forbidden', { operation: 'setDefaultMethod', reason: 'csrf' });
    const policy = new MfaError('forbidden', { operation: 'startEnrollment', reason: 'policy' });
    const other = new MfaError('forbidden', { operation: 'setDefaultMethod', reason: 'not-admin' });
    const l = new Localizer('en');
    expect(l.errorMessage(csrf)).to.equal('This page’s session is out of date. Reload the page, then try again.');
    expect(l.errorMessage(policy)).to.equal('Your organization’s policy does not allow this for your account. Reload to see what it allows.');
    expect(l.errorMessage(other)).to.equal('You are not allowed to make this change.');
    const zh = new Localizer('zh-CN');
    await zh.ready();
    expect(zh.errorMessage(csrf)).to.equal('此页面的会话已过期。请重新加载页面，然后重试。');
    expect(zh.errorMessage(policy)).to.equal('你所在组织的策略不允许你的账户进行此操作。请重新加载以查看允许的内容。');
    expect(zh.errorMessage(other)).to.equal('你无权进行此更改。');
  });

  it('gives a code from outside the protocol (a host client of its own) the general message', () => {
    const l = new Localizer('en');
    const error = new MfaError('teapot' as MfaErrorCode, { operation: 'getSettings' });
    expect(l.errorMessage(error)).to.equal(l.term('errorUnknown'));
  });

  it('says how many tries are left and how long to wait, when the endpoint tells', () => {
    const l = new Localizer('en');
    expect(l.errorMessage(new MfaError('invalid-code', { operation: 'verifyEnrollment', attemptsLeft: 2 }))).to.equal(
      'That code is not right. You have 2 more tries.',
    );
    expect(l.errorMessage(new MfaError('invalid-code', { operation: 'verifyEnrollment', attemptsLeft: 1 }))).to.equal(
      'That code is not right. You have 1 more try.',
    );
    expect(l.errorMessage(new MfaError('invalid-code', { operation: 'verifyEnrollment', attemptsLeft: 0 }))).to.equal(
      'That code is not right, and no tries are left. Ask for a new code.',
    );
    expect(l.errorMessage(new MfaError('rate-limited', { operation: 'startPhoneVerification', retryAfter: 42 }))).to.equal(
      'Please wait: you can try again in 42 seconds.',
    );
    expect(
      l.errorMessage(new MfaError('conflict', { operation: 'deletePhone', reason: 'backs-default-method' })),
    ).to.equal(l.term('errorBacksDefaultMethod'));
    expect(l.errorMessage(new MfaError('conflict', { operation: 'startEnrollment', reason: 'limit-reached' }))).to.equal(
      'You have reached the limit. Remove one before adding another.',
    );
    expect(l.errorMessage(new MfaError('conflict', { operation: 'createAppPassword', reason: 'secret-gone' }))).to.equal(
      'An earlier try of this went through, but its result can no longer be shown. Reload to see where things stand, then try again.',
    );
    expect(l.errorMessage(new Error('boom'))).to.equal(l.term('errorUnknown'));
  });

  it('loads a translation the first time it is needed, once, for every registered table', async () => {
    const l = new Localizer('zh-CN');
    await l.ready();
    expect(l.ready(), 'nothing left to load').to.equal(undefined);
    expect(new Localizer('en').ready(), 'English is always here').to.equal(undefined);
    // An element defined later registers its table: its translation loads then.
    registerStrings(methodPickerStrings);
    expect(l.term('methodPickerSetUp'), 'English until it loads').to.equal('Set up');
    const loading = l.ready();
    expect(loading).to.be.instanceOf(Promise);
    expect(l.ready(), 'still loading').to.be.instanceOf(Promise);
    await loading;
    expect(l.term('methodPickerSetUp')).to.equal('设置');
  });

  it('takes a translation built as its values alone, in the order of the English keys', async () => {
    const built: StringSource = {
      name: 'built-table',
      en: { builtTableFirst: 'First', builtTableCount: (count: number) => `${count} left` },
      translations: { 'zh-Hans': () => Promise.resolve({ default: ['第一', (count: number) => `还剩 ${count} 个`] }) },
    };
    registerStrings(built);
    const l = new Localizer('zh-Hans');
    await l.ready();
    expect(l.term('builtTableFirst' as PlainKey)).to.equal('第一');
    expect((l as unknown as { format: (key: string, n: number) => string }).format('builtTableCount', 3)).to.equal('还剩 3 个');
  });

  it('keeps English for a table whose translation cannot be loaded, and says so once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const broken: StringSource = {
        name: 'broken-table',
        en: { brokenTableKey: 'Still English' },
        translations: { 'zh-Hans': () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) },
      };
      registerStrings(broken);
      const l = new Localizer('zh-Hans');
      await l.ready();
      expect(l.term('brokenTableKey' as PlainKey)).to.equal('Still English');
      expect(l.ready(), 'not tried again and again').to.equal(undefined);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]?.[0])).to.contain('zh-Hans strings of broken-table could not be loaded');
    } finally {
      console.warn = warn;
    }
  });

  it('takes a table as a host writes it (plural forms, placeholders, tags as files spell them) once read by hostStrings()', () => {
    registerStrings(errorDetailStrings);
    const table = { de_DE: { errorInvalidCodeAttempts: { one: 'Noch {1} Versuch.', other: 'Noch {1} Versuche.' }, errorRateLimited: 'In {0}.' } };
    const l = new Localizer('de-AT', hostStrings(table));
    expect(l.count('errorInvalidCodeAttempts', 2)).to.equal('Noch 2 Versuche.');
    expect(l.format('errorRateLimited', '5 Sekunden')).to.equal('In 5 Sekunden.');
  });

  it("takes a plural form not translated yet (\"\") as not given: the table's other form says the count", () => {
    registerStrings(errorDetailStrings);
    const table = { de: { errorInvalidCodeAttempts: { one: '', other: 'Noch {1} Versuche.' } } };
    const l = new Localizer('de', hostStrings(table));
    expect(l.count('errorInvalidCodeAttempts', 1)).to.equal('Noch 1 Versuche.');
  });

  it("serves a language alone with the table of the region it means, else with the first region's, whatever their order", () => {
    const saved = (locale: string, table: StringOverrides) => new Localizer(locale, hostStrings(table)).term('save');
    const brazil = { save: 'Salvar' };
    const portugal = { save: 'Guardar' };
    // Portuguese alone means Brazil's, listed first or last.
    expect(saved('pt', { 'pt-BR': brazil, 'pt-PT': portugal })).to.equal('Salvar');
    expect(saved('pt', { 'pt-PT': portugal, 'pt-BR': brazil })).to.equal('Salvar');
    // German alone means Germany's; of two other regions' tables, the first serves it.
    expect(saved('de', { 'de-CH': { save: 'Sichern' }, 'de-AT': { save: 'Speichern' } })).to.equal('Sichern');
  });

  it("uses a host's plain string as it is where the table has a function of parameters", () => {
    const l = new Localizer('en', { en: { enrollCopyBlocked: 'Press the copy keys of your keyboard.' } as never });
    expect(l.format('enrollCopyBlocked', 'Ctrl+C')).to.equal('Press the copy keys of your keyboard.');
  });

  it("names a button by its sentence, or by the host's words shown then the name when the host's table has no sentence for it (WCAG 2.5.3)", async () => {
    registerStrings(methodPickerStrings);
    const name = (l: Localizer) => {
      const method = l.methodName('call-office');
      return buttonName(l, 'methodPickerSetUp', l.format('methodPickerSetUpNamed', method, 'call-office'), method);
    };
    expect(name(new Localizer('en'))).to.equal('Set up Call my office phone');
    const zh = new Localizer('zh-CN');
    await zh.ready();
    expect(name(zh)).to.equal(zhHans.methodPickerSetUpNamed(zhHans.methodCallOffice, 'call-office'));
    // A language that words each button its own way, by the method's id, rather than around its name.
    const byId = { methodPickerSetUpNamed: (_method: string, id: string) => (id === 'call-office' ? 'Büro-Telefon einrichten' : 'Einrichten') };
    expect(name(new Localizer('de', { de: { methodPickerSetUp: 'Einrichten', ...byId } }))).to.equal('Büro-Telefon einrichten');
    // A sentence in the host's order is kept, whatever the case of the words shown and their soft hyphens.
    const ordered = { methodPickerSetUp: 'Ein\u00ADrichten', methodPickerSetUpNamed: (method: string) => `„${method}“ einrichten` };
    expect(name(new Localizer('de', { de: ordered }))).to.equal('„Call my office phone“ einrichten');
    // A table written before the sentence had a key: its own word, not English.
    expect(name(new Localizer('de', { de: { methodPickerSetUp: 'Einrichten' } }))).to.equal('Einrichten Call my office phone');
  });

  it('names a key no registered table has, instead of showing nothing', () => {
    expect(() => new Localizer('en').term('noSuchKey' as PlainKey)).to.throw('no string "noSuchKey" is registered');
  });

  it('finds the nearest lang across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'zh-CN';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    try {
      expect(ambientLocale(inner)).to.equal('zh-CN');
      expect(ambientLocale(null)).to.equal(navigator.language);
    } finally {
      outer.remove();
    }
  });
});

describe('Simplified Chinese wording', () => {
  it('says "all" of the users only when there are more than one', () => {
    expect(zhHans.userAdminSummary(1, 1, 0, '1', '1', '0')).to.equal('已完成 1 位用户的操作。');
    expect(zhHans.userAdminSummary(0, 1, 1, '0', '1', '1')).to.equal('1 位用户的操作失败。');
    expect(zhHans.userAdminSummary(3, 3, 0, '3', '3', '0')).to.equal('已完成全部 3 位用户的操作。');
    expect(zhHans.userAdminSummary(0, 3, 3, '0', '3', '3')).to.equal('全部 3 位用户的操作均失败。');
  });

  it('says "remove" as 删除 everywhere', () => {
    expect(zhHans.securityInfoRemoved('办公电话')).to.equal('已删除办公电话。');
    for (const [key, value] of Object.entries(zhHans)) {
      const text = typeof value === 'function' ? String((value as (...args: string[]) => string)('x', 'x', 'x', 'x', 'x', 'x')) : value;
      expect(text, key).not.to.contain('移除');
    }
  });

  it('runs a duration into the words around it, as the countdowns do', async () => {
    const zh = new Localizer('zh-CN');
    await zh.ready();
    expect(zhHans.enrollKeyType('SHA1', '6', zh.duration(30))).to.equal('基于时间，6 位数字，每30秒钟更新一次，SHA1');
  });
});

