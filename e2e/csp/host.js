// The host's own script, as a portal under a strict policy would write it: it creates a sandbox of
// the reference endpoint (standing in for the portal's own endpoint), signs the user named in the
// URL in (the session is an HttpOnly cookie; the CSRF token goes in a header), steps the user up
// when asked, and gives administrators <mfa-user-admin>.
//   ?user=adele             which seeded user
//   &sandbox=<id>           use an existing sandbox (tests create one to read its control routes)
//   &admin                  show <mfa-user-admin>
const params = new URLSearchParams(location.search);
const userId = params.get('user') ?? 'adele';

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

let sandbox = params.get('sandbox');
if (!sandbox) sandbox = (await call('POST', '/reference/sandboxes', {})).id;
const control = `/reference/sandboxes/${sandbox}/control`;
const { csrfToken } = await call('POST', `${control}/sign-in`, { userId });

const provider = document.getElementById('provider');
provider.headers = () => ({ 'X-CSRF-Token': csrfToken });
provider.endpoint = `/reference/sandboxes/${sandbox}/api`;
// The portal's own step-up would run here; this page confirms at once and retries.
provider.addEventListener('mfa-reauth-required', async (event) => {
  event.preventDefault();
  await call('POST', `${control}/reauth`, {});
  event.detail.retry();
});

if (params.has('admin')) {
  const users = await call('GET', `${control}/users`);
  document.querySelector('mfa-user-admin').users = users.map(({ id, displayName }) => ({ id, displayName }));
  document.getElementById('admin').hidden = false;
}
document.documentElement.dataset.ready = sandbox;
