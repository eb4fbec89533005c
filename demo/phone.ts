// The simulated phone in a window of its own (see simulated-phone.ts): the user and the demo's
// language come from the URL (the demo page opens it again in a language chosen later).
import { startSimulatedPhone } from './simulated-phone.js';
import { translatePage } from './texts.js';

const params = new URLSearchParams(location.search);
const user = params.get('user') ?? 'adele';
const locale = params.get('lang') ?? 'en';
translatePage(locale);
(document.getElementById('who') as HTMLElement).textContent = user;
startSimulatedPhone(
  document.getElementById('outbox') as HTMLElement,
  document.getElementById('device') as HTMLElement,
  () => user,
  () => locale,
);
