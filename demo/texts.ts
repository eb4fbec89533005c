// The demo portal's own texts, in the languages of its language switch (each element brings its
// own). A text a language lacks shows in English, marked as English: Arabic has the help line only.
// The demo tools beside the portal stay in English, as the simulated phone they show does.
const en = {
  brand: 'Contoso portal',
  signedInAs: 'Signed in as',
  language: 'Language',
  theme: 'Theme',
  themeAuto: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  views: 'Demo views',
  viewPortal: 'The portal page',
  viewElements: 'Each element alone',
  administration: 'Administration',
  help: 'Lost your phone? Contact the Contoso service desk on extension 4357.',
  reauthTitle: "Confirm it's you",
  reauthBody:
    'Your portal would ask for your password or a second factor here. In the demo, confirming refreshes your sign-in and the change you were making is sent again.',
  cancel: 'Cancel',
  confirm: 'Confirm',
  userAdmin: 'administrator',
  userNone: 'nothing set up',
  userMethods: (count: number) => `${count} ${count === 1 ? 'method' : 'methods'}`,
};

export type DemoTexts = typeof en;
type Key = keyof DemoTexts;

const TEXTS: Record<string, Partial<DemoTexts>> = {
  en,
  'zh-CN': {
    brand: 'Contoso 门户',
    signedInAs: '登录身份',
    language: '语言',
    theme: '主题',
    themeAuto: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    views: '演示视图',
    viewPortal: '门户页面',
    viewElements: '逐个查看各元素',
    administration: '管理',
    help: '手机丢了？请拨打分机 4357 联系 Contoso 服务台。',
    reauthTitle: '确认是你本人',
    reauthBody: '你的门户会在这里要求输入密码或第二步验证。在演示中，确认后会刷新你的登录，并再次发送你正在进行的更改。',
    cancel: '取消',
    confirm: '确认',
    userAdmin: '管理员',
    userNone: '尚未设置',
    userMethods: (count: number) => `${count} 种方式`,
  },
  ar: { help: 'هل فقدت هاتفك؟ اتصل بمكتب خدمة Contoso على الرقم الداخلي 4357.' },
};

/** A text in `locale`, and the language it is in (English where `locale` lacks it). */
export function demoText<K extends Key>(locale: string, key: K): [lang: string, text: DemoTexts[K]] {
  const own = TEXTS[locale]?.[key];
  return own === undefined ? ['en', en[key]] : [locale, own as DemoTexts[K]];
}

/**
 * Shows the page's texts in `locale`: each element marked `data-text="key"` takes the text as its
 * content, and one marked `data-label="key"` as its accessible name; each says its language.
 */
export function translatePage(locale: string): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-text], [data-label]')) {
    const { text, label } = element.dataset;
    const [lang, value] = demoText(locale, (text ?? label) as Exclude<Key, 'userMethods'>);
    element.lang = lang;
    if (text) element.textContent = value;
    else element.setAttribute('aria-label', value);
  }
}
