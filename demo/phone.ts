// The simulated phone in a window of its own (see simulated-phone.ts): the user comes from the URL.
import { startSimulatedPhone } from './simulated-phone.js';

const user = new URLSearchParams(location.search).get('user') ?? 'adele';
(document.getElementById('who') as HTMLElement).textContent = user;
startSimulatedPhone(
  document.getElementById('outbox') as HTMLElement,
  document.getElementById('device') as HTMLElement,
  () => user,
);
