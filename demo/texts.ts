// The demo portal's own texts, in the languages of its language switch (each element brings its
// own): the portal's, and those of the demo's tools beside it and of its simulated phone, which a
// newcomer reads too. A text a language lacks shows in English, marked as English: Arabic has the
// help line only.
const en = {
  pageTitle: 'Contoso portal · Security info (mfa-elements demo)',
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
  arabicOption: 'العربية (right to left; a few strings, the rest English)',
  formerEmployee: 'Former employee (no longer in the directory)',
  toolsTitle: 'Demo tools',
  toolsHint: 'The reference endpoint runs inside this server. Nothing here leaves your machine.',
  phoneWindowHint: 'A phone of its own stays usable while the page shows a dialog:',
  phoneWindowOpen: 'Open the simulated phone in a window',
  outboxTitle: 'Simulated phone',
  outboxHint: 'Texts and calls the endpoint “sends” arrive here, newest first.',
  deviceTitle: 'Simulated authenticator app',
  deviceHint: 'While you set up an app, its current code (or its approve button) shows here.',
  faultsTitle: 'Fault switch',
  faultsLabel: 'Every API request',
  faultNone: 'works normally',
  faultLatency: 'is slow (2 s)',
  faultServerError: 'fails with 500',
  faultRateLimit: 'is rate limited (429)',
  faultTimeout: 'never answers',
  faultMalformed: 'gets malformed JSON',
  sessionTitle: 'Sign-in',
  sessionHint: 'Changes need a recent sign-in. Age it to see the re-authentication flow.',
  ageSignIn: 'Make my sign-in old',
  textTo: 'Text to',
  callTo: 'Call to',
  approvePush: 'Approve on this phone',
  phoneTitle: 'Simulated phone · mfa-elements demo',
  phoneFor: 'For',
  phoneApp: 'Authenticator app',
  phoneAppHint: 'While an app is being set up, its current code (or its approve button) shows here.',
};

export type DemoTexts = typeof en;
type Key = keyof DemoTexts;

const TEXTS: Record<string, Partial<DemoTexts>> = {
  en,
  'zh-CN': {
    pageTitle: 'Contoso 门户 · 安全信息（mfa-elements 演示）',
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
    arabicOption: 'العربية（从右到左；只有几条文字，其余为英文）',
    formerEmployee: '前员工（已不在目录中）',
    toolsTitle: '演示工具',
    toolsHint: '参考端点运行在这个服务器内。这里的一切都不会离开你的计算机。',
    phoneWindowHint: '页面显示对话框时，单独窗口中的手机仍然可用：',
    phoneWindowOpen: '在窗口中打开模拟手机',
    outboxTitle: '模拟手机',
    outboxHint: '端点“发送”的短信和电话显示在这里，最新的在最前。',
    deviceTitle: '模拟身份验证器应用',
    deviceHint: '设置应用时，它的当前验证码（或批准按钮）显示在这里。',
    faultsTitle: '故障开关',
    faultsLabel: '每个 API 请求',
    faultNone: '正常工作',
    faultLatency: '变慢（2 秒）',
    faultServerError: '以 500 失败',
    faultRateLimit: '被限速（429）',
    faultTimeout: '永不应答',
    faultMalformed: '收到格式错误的 JSON',
    sessionTitle: '登录',
    sessionHint: '更改需要最近登录过。让登录变旧，即可看到重新验证的流程。',
    ageSignIn: '让我的登录变旧',
    textTo: '短信发至',
    callTo: '电话打至',
    approvePush: '在此手机上批准',
    phoneTitle: '模拟手机 · mfa-elements 演示',
    phoneFor: '用户',
    phoneApp: '身份验证器应用',
    phoneAppHint: '设置应用期间，它的当前验证码（或批准按钮）显示在这里。',
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
 * content, and one marked `data-label="key"` as its accessible name; each says its language, and
 * the page says the one its texts are in (English where `locale` has a few only, as Arabic).
 */
export function translatePage(locale: string): void {
  document.documentElement.lang = demoText(locale, 'outboxTitle')[0];
  for (const element of document.querySelectorAll<HTMLElement>('[data-text], [data-label]')) {
    const { text, label } = element.dataset;
    const [lang, value] = demoText(locale, (text ?? label) as Exclude<Key, 'userMethods'>);
    element.lang = lang;
    if (text) element.textContent = value;
    else element.setAttribute('aria-label', value);
  }
}
