// The demo's simulated phone: the texts and calls the reference endpoint "sends", the current code
// of an authenticator app being set up, and an approve button for a push app. It runs in the
// demo page's side panel and on its own in phone.html (a window of its own stays usable while
// the page shows a modal dialog, as a real phone would).

export const CONTROL = '/reference/sandboxes/demo/control';

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
  sentAt: string;
}

interface Pending {
  enrollmentId: string;
  kind: 'totp' | 'push';
  name: string;
  code?: string;
}

function messageItem(m: Message): HTMLLIElement {
  const li = document.createElement('li');
  const head = document.createElement('div');
  const to = document.createElement('span');
  to.className = 'to';
  to.textContent = m.to;
  head.append(m.channel === 'call' ? 'Call to ' : 'Text to ', to, ` · ${new Date(m.sentAt).toLocaleTimeString()}`);
  const code = document.createElement('div');
  code.className = 'code';
  code.textContent = m.code;
  li.append(head, code);
  return li;
}

function deviceItem(item: Pending): HTMLLIElement {
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
    approve.textContent = 'Approve on this phone';
    approve.addEventListener('click', () => void control('POST', `/push/${item.enrollmentId}/approve`));
    li.append(approve);
  }
  return li;
}

/** Polls the endpoint for the user's messages and pending app set-ups, and shows them. */
export function startSimulatedPhone(outbox: HTMLElement, device: HTMLElement, userId: () => string): void {
  let lastOutbox = '';
  let lastDevice = '';
  async function poll(): Promise<void> {
    try {
      const user = encodeURIComponent(userId());
      const messages = await control<Message[]>('GET', `/outbox?userId=${user}`);
      const outboxKey = messages.map((m) => m.id).join();
      if (outboxKey !== lastOutbox) {
        lastOutbox = outboxKey;
        outbox.replaceChildren(...messages.slice().reverse().slice(0, 10).map(messageItem));
      }
      const pending = await control<Pending[]>('GET', `/enrollments?userId=${user}`);
      const items = await Promise.all(
        pending.map(async (e) =>
          e.kind === 'totp' ? { ...e, code: (await control<{ code: string }>('GET', `/totp/${e.enrollmentId}`)).code } : e,
        ),
      );
      const deviceKey = JSON.stringify(items);
      if (deviceKey !== lastDevice) {
        lastDevice = deviceKey;
        device.replaceChildren(...items.map(deviceItem));
      }
    } catch {
      // The demo server restarted or is gone: try again on the next tick.
    }
  }
  void poll();
  setInterval(poll, 1500);
}
