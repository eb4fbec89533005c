// The consumer's module loads first and upgrades its elements; the provider's module arrives
// later, as on a page that loads the provider last. The order comes from the query string.
const order = new URLSearchParams(location.search).get('order') ?? 'consumer-first';
const wait = () => new Promise((resolve) => setTimeout(resolve, 50));

async function run(): Promise<void> {
  if (order === 'consumer-first') {
    await import('../fixtures/context-probe.js');
    await wait();
    await import('../../src/components/provider/provider.js');
  } else {
    await import('../../src/components/provider/provider.js');
    await wait();
    await import('../fixtures/context-probe.js');
  }
  await wait();
  window.dispatchEvent(new Event('ready'));
  (window as Window & { ready?: boolean }).ready = true;
}
void run();
