// The simulated phone in a window of its own (see simulated-phone.ts): the user and the demo's
// language come from the URL, and then from the demo page, which says them on a channel whenever
// either changes (see main.ts). So the window follows the page while it is open, also a page
// reloaded since, or in its other view, which no longer holds the window it opened. It shows whose
// phone it is: after a change of user in the page, that it follows.
import { PHONE_CHANNEL, type PhoneWindowState, control, startSimulatedPhone } from './simulated-phone.js';
import { translatePage } from './texts.js';

const params = new URLSearchParams(location.search);
let user = params.get('user') ?? 'adele';
let locale = params.get('lang') ?? 'en';
const phone = startSimulatedPhone(
  document.getElementById('outbox') as HTMLElement,
  document.getElementById('device') as HTMLElement,
  () => user,
  () => locale,
);
/** The demo's users by id, for their names (the user shown is named as the page's picker names them). */
let names = new Map<string, string>();
function show(): void {
  translatePage(locale);
  (document.getElementById('who') as HTMLElement).textContent = names.get(user) ?? user;
}
show();
void control<{ id: string; displayName: string }[]>('GET', '/users')
  .then((users) => {
    names = new Map(users.map((u) => [u.id, u.displayName]));
    show();
  })
  .catch((error: unknown) => console.error(error));
new BroadcastChannel(PHONE_CHANNEL).addEventListener('message', ({ data }: MessageEvent<PhoneWindowState>) => {
  const userChanged = data.user !== user;
  ({ user, lang: locale } = data);
  // A reload of the window keeps what it shows now.
  history.replaceState(null, '', `?user=${encodeURIComponent(user)}&lang=${encodeURIComponent(locale)}`);
  show();
  if (userChanged) phone.refresh();
  else phone.relabel();
});
