// The demo portal: a host page as a company would write it. It signs in as a demo user, gives the
// provider the CSRF token, steps the user up when the endpoint asks, and shows the simulated phone.
import '../src/index.js';
import type { MfaAuthenticatorEnroll, MfaPhoneEditor, MfaProvider, MfaTheme, MfaUserAdmin } from '../src/index.js';
import { PHONE_CHANNEL, type PhoneWindowState, control, startSimulatedPhone } from './simulated-phone.js';
import { type DemoTexts, demoText, translatePage } from './texts.js';

const ENDPOINT = '/reference/sandboxes/demo/api';
const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;

const provider = $<MfaProvider>('#provider');
const userSelect = $<HTMLSelectElement>('#user');
const localeSelect = $<HTMLSelectElement>('#locale');
const themeSelect = $<HTMLSelectElement>('#theme');
const faultSelect = $<HTMLSelectElement>('#fault');
const outbox = $<HTMLOListElement>('#outbox');
const reauthDialog = $<HTMLDialogElement>('#reauth-dialog');

let csrfToken = '';

// The simulated phone's window, open or not, hears the user and the language shown here, each time
// either changes (see phone.ts): this page may be one loaded after the window was opened.
const phoneChannel = new BroadcastChannel(PHONE_CHANNEL);
/** The user signed in last (the picker may show one whose sign-in is still on its way). */
let signedIn = '';
const tellPhoneWindow = () => phoneChannel.postMessage({ user: signedIn, lang: localeSelect.value } satisfies PhoneWindowState);

/**
 * The demo's tabs share one session (its cookie), which a sign-in in any of them replaces: each
 * tells the others its user and CSRF token, and they take both, as if their own picker had changed,
 * or every change they sent would be refused for a CSRF token of a session that has ended.
 */
type DemoSession = { userId: string; csrfToken: string; at: number };
const sessionChannel = new BroadcastChannel('mfa-demo-session');
/** When the sign-in this tab holds was sent: two tabs signing in at once keep the later one. */
let sessionAt = 0;
/** The user the tabs have signed in last, which a new tab signs in as too (not the picker's first). */
const USER_KEY = 'mfa-demo-user';

async function signIn(userId: string): Promise<void> {
  const at = Date.now();
  const { csrfToken: token } = await control<{ csrfToken: string }>('POST', '/sign-in', { userId });
  if (at < sessionAt) return;
  sessionAt = at;
  localStorage.setItem(USER_KEY, userId);
  sessionChannel.postMessage({ userId, csrfToken: token, at } satisfies DemoSession);
  adoptSession(userId, token);
}

function adoptSession(userId: string, token: string): void {
  csrfToken = token;
  // The same user signed in again (another tab opened): what this tab shows is still theirs, and
  // stays, a code typed or a set-up under way included.
  if (userId === signedIn) return;
  signedIn = userId;
  tellPhoneWindow();
  if (provider.endpoint !== ENDPOINT) {
    provider.endpoint = ENDPOINT;
    return;
  }
  // Another user: the elements are made anew, so nothing of the first one's stays (a password
  // just created, a set-up under way), even if the next load fails; and refresh() before they
  // load, so no read sent for the first user is shared with them. loadUsers() gives the new
  // administration element its users.
  for (const child of [...provider.children]) child.replaceWith(child.cloneNode(true));
  provider.refresh();
}

type DemoUser = { id: string; displayName: string; isAdmin: boolean; methods: string[] };
let users: DemoUser[] = [];

/** Each user in the header's picker, described in the language shown. */
function describeUsers(): void {
  const text = <K extends keyof DemoTexts>(key: K) => demoText(localeSelect.value, key)[1];
  for (const option of userSelect.options) {
    const u = users.find((user) => user.id === option.value);
    if (!u) continue;
    const described = u.isAdmin ? text('userAdmin') : u.methods.length === 0 ? text('userNone') : text('userMethods')(u.methods.length);
    option.text = `${u.displayName} (${described})`;
  }
}

async function loadUsers(): Promise<void> {
  users = await control<DemoUser[]>('GET', '/users');
  const selected = userSelect.value;
  userSelect.replaceChildren(...users.map((u) => new Option(u.displayName, u.id)));
  describeUsers();
  if (selected) userSelect.value = selected;
  showAdminSection();
  selectAdminUsers();
}

/** The administration section is for administrators (the endpoint refuses anyone else anyway). */
function showAdminSection(): void {
  $<HTMLElement>('#admin').hidden = !users.find((u) => u.id === userSelect.value)?.isAdmin;
}

/**
 * The users the administration element acts on. The portal's own user picker would choose these;
 * the demo offers everyone, plus a user the endpoint does not know (named in the language shown),
 * to show how a partial failure is reported.
 */
function selectAdminUsers(): void {
  const admin = document.querySelector<MfaUserAdmin>('mfa-user-admin');
  if (!admin) return;
  admin.users = [
    ...users.map(({ id, displayName }) => ({ id, displayName })),
    { id: 'former-employee', displayName: demoText(localeSelect.value, 'formerEmployee')[1] },
  ];
}

// The provider sends the session cookie itself (same origin); the CSRF token goes in a header.
provider.headers = () => ({ 'X-CSRF-Token': csrfToken });

// The endpoint asks for a fresh sign-in: show the portal's own confirmation, then retry, or tell
// the element the user gave up (Cancel, Escape).
provider.addEventListener('mfa-reauth-required', (event) => {
  event.preventDefault();
  reauthDialog.returnValue = '';
  reauthDialog.showModal();
  reauthDialog.addEventListener(
    'close',
    async () => {
      if (reauthDialog.returnValue !== 'confirm') return event.detail.cancel();
      try {
        await control('POST', '/reauth', {});
      } catch (error) {
        // Not confirmed (offline, say): the element says the change waits for it, and offers it again.
        console.error(error);
        return event.detail.cancel();
      }
      event.detail.retry();
    },
    { once: true },
  );
});

// One sign-in at a time, each for the user selected when it starts: arrows held down in the picker
// change it faster than the endpoint answers, and two sign-ins in flight could finish in either
// order, leaving the session and the picker on different users. The first one is the page's own.
let signingIn = Promise.resolve();
userSelect.addEventListener('change', () => {
  signingIn = signingIn
    .catch(() => undefined) // said already, by the one that failed
    .then(async () => {
      await signIn(userSelect.value);
      await loadUsers();
    })
    .catch((error: unknown) => console.error(error));
});

// Two views of the same provider: the whole portal page, or each element alone. The other view
// leaves the page before the provider has an endpoint, so its elements never read anything.
const elementsView = new URLSearchParams(location.search).get('view') === 'elements';
const [shown, other] = elementsView ? ['#elements', '#portal'] : ['#portal', '#elements'];
$(other).remove();
$<HTMLElement>(shown).hidden = false;
$<HTMLAnchorElement>(elementsView ? '#view-elements' : '#view-portal').setAttribute('aria-current', 'page');
// "Set up" in the method picker asks the host to open the element that sets that method up. On the
// portal page <mfa-security-info> answers it itself, with its dialog; here each element is on the
// page already, so the portal brings the matching one into view and starts it as that dialog would:
// the phone of the slot, adding a number with its code sent the way the method asks; the
// authenticator app, with the kind of app the method needs already chosen.
if (elementsView) {
  provider.addEventListener('mfa-method-setup-request', async ({ detail: { method, slot } }) => {
    if (slot) {
      const editor = $<MfaPhoneEditor>(`mfa-phone-editor[phone-slot="${slot}"]`);
      editor.defaultChannel = method.startsWith('text-') ? 'text' : 'call';
      editor.scrollIntoView({ block: 'start' });
      // Its Add button at once; its number field once the form shows (`edit()` moves it there).
      editor.focus({ preventScroll: true });
      editor.edit();
      return;
    }
    const enroll = $<MfaAuthenticatorEnroll>('mfa-authenticator-enroll');
    enroll.defaultKind = method === 'app-notification' ? 'push' : 'totp';
    enroll.scrollIntoView({ block: 'start' });
    // Drawn with that kind first, so the focus lands on its radio.
    await enroll.updateComplete;
    enroll.focus({ preventScroll: true });
  });
}
// Everything the demo shows follows the language the elements show (see texts.ts): the portal's
// own texts (the header, the line under the page, its sign-in dialog), the page's title, the demo's
// tools and the simulated phone, in the page and in a window of its own.
let simulatedPhone: { relabel(): void } | undefined;
const phoneWindowUrl = () =>
  `./phone.html?user=${encodeURIComponent(signedIn)}&lang=${encodeURIComponent(localeSelect.value)}`;
function showLanguage(): void {
  provider.locale = localeSelect.value;
  translatePage(localeSelect.value);
  describeUsers();
  selectAdminUsers();
  simulatedPhone?.relabel();
  tellPhoneWindow();
}
/**
 * A choice of the header (the language, the theme) that stays for the tab's next pages (a reload,
 * the other view), shown from their first render, all of the page at once: `show` runs now for a
 * kept choice other than the markup's first, and on each change. The demo keeps it itself: a
 * browser that restores a list's choice on its own (these lists opt out) does so after this script
 * has run, which left the list saying Chinese over a page in English.
 */
function keepChoice(select: HTMLSelectElement, key: string, show: () => void): void {
  const kept = sessionStorage.getItem(key);
  if (kept && [...select.options].some((option) => option.value === kept)) select.value = kept;
  select.addEventListener('change', () => {
    sessionStorage.setItem(key, select.value);
    show();
  });
  if (select.selectedIndex !== 0) show();
}
keepChoice(localeSelect, 'mfa-demo-locale', showLanguage);
// The user picker counts each user's methods: after a change, count again.
for (const type of ['mfa-phone-change', 'mfa-phone-remove', 'mfa-authenticator-added', 'mfa-authenticator-remove']) {
  provider.addEventListener(type, () => void loadUsers().catch((error: unknown) => console.error(error)));
}
keepChoice(themeSelect, 'mfa-demo-theme', () => {
  provider.theme = themeSelect.value as MfaTheme;
  document.documentElement.dataset.theme = themeSelect.value;
});
faultSelect.addEventListener('change', async () => {
  const kind = faultSelect.value;
  const faults = !kind ? [] : [kind === 'latency' ? { kind, ms: 2000 } : kind === 'timeout' ? { kind, maxMs: 20_000 } : { kind }];
  await control('PUT', '/faults', { faults });
  provider.refresh();
});
$<HTMLButtonElement>('#age-sign-in').addEventListener('click', () => void control('POST', '/age-sign-in', {}));

// Demo-only Arabic strings, to show a right-to-left locale the library has no table for.
provider.strings = {
  ar: { save: 'حفظ', cancel: 'إلغاء', retry: 'حاول مرة أخرى', loading: 'جارٍ التحميل…' },
};

signingIn = loadUsers().then(() => {
  const kept = localStorage.getItem(USER_KEY);
  if (kept && users.some((u) => u.id === kept)) userSelect.value = kept;
  // The user signed in last (an administrator, say) is the one shown: their sections too.
  showAdminSection();
  return signIn(userSelect.value);
});
// Another tab's sign-in, taken in turn with this tab's own, unless this one's was sent later.
sessionChannel.addEventListener('message', ({ data }: MessageEvent<DemoSession>) => {
  signingIn = signingIn
    .catch(() => undefined)
    .then(async () => {
      if (data.at < sessionAt) return;
      sessionAt = data.at;
      userSelect.value = data.userId;
      adoptSession(data.userId, data.csrfToken);
      await loadUsers();
    })
    .catch((error: unknown) => console.error(error));
});
await signingIn;
simulatedPhone = startSimulatedPhone(
  outbox,
  $<HTMLUListElement>('#device'),
  () => userSelect.value,
  () => localeSelect.value,
);
$<HTMLButtonElement>('#phone-window').addEventListener('click', () => {
  window.open(phoneWindowUrl(), 'mfa-demo-phone', 'popup,width=380,height=680');
});
