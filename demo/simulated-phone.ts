// The demo's simulated phone: the texts and calls the reference endpoint "sends", the current code
// of an authenticator app being set up, and an approve button for a push app. It runs in the
// demo page's side panel and on its own in phone.html (a window of its own stays usable while
// the page shows a modal dialog, as a real phone would). Its words follow the demo's language.
import { demoText } from './texts.js';

export const CONTROL = '/reference/sandboxes/demo/control';

/** The channel on which the demo page says its user and language to the phone's window. */
export const PHONE_CHANNEL = 'mfa-demo-phone';
export interface PhoneWindowState {
  user: string;
  lang: string;
}

/** Calls one of the reference endpoint's control routes (demo and tests only). */
export async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(CONTROL + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

interface Message {
  id: string;
  to: string;
  channel: string;
  code: string;
  /** What the phone shows or says, as the endpoint worded it (in English). */
  text: string;
  sentAt: string;
}

interface Pending {
  enrollmentId: string;
  kind: 'totp' | 'push';
  name: string;
  code?: string;
}

/** A text of the simulated phone, marked with the language it is in. */
function said(locale: string, key: 'textTo' | 'callTo' | 'approvePush'): HTMLSpanElement {
  const [lang, text] = demoText(locale, key);
  const span = document.createElement('span');
  span.lang = lang;
  span.textContent = text;
  return span;
}

function messageItem(m: Message, locale: string): HTMLLIElement {
  const li = document.createElement('li');
  const head = document.createElement('div');
  const to = document.createElement('span');
  to.className = 'to';
  to.textContent = m.to;
  const time = new Date(m.sentAt).toLocaleTimeString(locale);
  head.append(said(locale, m.channel === 'call' ? 'callTo' : 'textTo'), ' ', to, ` · ${time}`);
  const code = document.createElement('div');
  code.className = 'code';
  code.textContent = m.code;
  // The message itself: a text's last line is the one WebOTP reads (`@host #code`).
  const text = document.createElement('div');
  text.className = 'message';
  text.lang = 'en';
  text.dir = 'ltr';
  text.textContent = m.text;
  li.append(head, code, text);
  return li;
}

function deviceItem(item: Pending, locale: string): HTMLLIElement {
  const li = document.createElement('li');
  li.append(`${item.name}: `);
  if (item.code !== undefined) {
    const code = document.createElement('div');
    code.className = 'code';
    code.textContent = item.code;
    li.append(code);
  } else {
    const approve = document.createElement('button');
    approve.type = 'button';
    approve.append(said(locale, 'approvePush'));
    approve.addEventListener('click', () => void control('POST', `/push/${item.enrollmentId}/approve`));
    li.append(approve);
  }
  return li;
}

/**
 * Polls the endpoint for the user's messages and pending app set-ups, and shows them in the
 * language `locale()` answers. Answers `relabel()`, which shows them again at once in that
 * language (after a change of language), and `refresh()`, which empties it and polls at once, for
 * the user `userId()` answers now (after a change of user).
 */
export function startSimulatedPhone(
  outbox: HTMLElement,
  device: HTMLElement,
  userId: () => string,
  locale: () => string,
): { relabel(): void; refresh(): void } {
  let lastOutbox = '';
  let lastDevice = '';
  let messages: Message[] = [];
  let items: Pending[] = [];
  // A text or call that arrives is said by a live region of its own, not by the list, which is
  // drawn anew each time (a live list said every message again at each new one, and at a change
  // of language). What the phone holds when it is opened, or shown for another user, is not said.
  const news = document.createElement('div');
  news.className = 'visually-hidden';
  news.setAttribute('role', 'status');
  outbox.after(news);
  /** The ids of the messages shown so far; undefined until the first answer for the user shown. */
  let seen: Set<string> | undefined;
  const showOutbox = () => outbox.replaceChildren(...messages.slice().reverse().slice(0, 10).map((m) => messageItem(m, locale())));
  const showDevice = () => device.replaceChildren(...items.map((item) => deviceItem(item, locale())));
  async function poll(): Promise<void> {
    try {
      const user = encodeURIComponent(userId());
      // An answer for a user no longer shown (the user changed meanwhile) is left out.
      const stale = () => encodeURIComponent(userId()) !== user;
      const received = await control<Message[]>('GET', `/outbox?userId=${user}`);
      if (stale()) return;
      const outboxKey = received.map((m) => m.id).join();
      if (outboxKey !== lastOutbox) {
        lastOutbox = outboxKey;
        messages = received;
        showOutbox();
      }
      // Newest first, as the list shows them.
      const arrived = seen ? received.filter((m) => !seen?.has(m.id)).reverse() : [];
      seen = new Set(received.map((m) => m.id));
      if (arrived.length > 0) {
        news.replaceChildren(
          ...arrived.map((m) => {
            const said = document.createElement('div');
            said.append(...messageItem(m, locale()).childNodes);
            return said;
          }),
        );
      }
      const pending = await control<Pending[]>('GET', `/enrollments?userId=${user}`);
      const shown = await Promise.all(
        pending.map(async (e) =>
          e.kind === 'totp' ? { ...e, code: (await control<{ code: string }>('GET', `/totp/${e.enrollmentId}`)).code } : e,
        ),
      );
      const deviceKey = JSON.stringify(shown);
      if (!stale() && deviceKey !== lastDevice) {
        lastDevice = deviceKey;
        items = shown;
        showDevice();
      }
    } catch {
      // The demo server restarted or is gone: try again on the next tick.
    }
  }
  void poll();
  setInterval(poll, 1500);
  return {
    relabel() {
      showOutbox();
      showDevice();
    },
    refresh() {
      lastOutbox = lastDevice = '';
      messages = [];
      items = [];
      seen = undefined;
      news.replaceChildren();
      this.relabel();
      void poll();
    },
  };
}
