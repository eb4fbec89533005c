import { expect } from '@open-wc/testing';
import {
  type EnrollEvent,
  type EnrollState,
  defaultDeviceName,
  holdsSetup,
  initialState,
  transition,
} from '../src/components/authenticator-enroll/authenticator-enroll-flow.js';
import { nextPollDelay } from '../src/components/authenticator-enroll/push-poller.js';
import type { Authenticator } from '../src/core/types.js';

const authenticator: Authenticator = { id: 'a1', kind: 'totp', name: 'Tablet', createdAt: '', lastUsedAt: null };
const run = (state: EnrollState, ...events: EnrollEvent[]) => events.reduce(transition, state);
const choose = initialState('totp', 'Tablet');
const started = { type: 'started', enrollmentId: 'e1', acceptedName: 'Tablet' } as const;
const error = new Error('x');

describe('enrollment flow', () => {
  const table: [string, EnrollState, EnrollEvent[], Partial<EnrollState>][] = [
    ['starts with a name', choose, [{ type: 'start' }], { step: 'starting' }],
    ['does not start with a blank name', initialState('totp', '  '), [{ type: 'start' }], { step: 'choose' }],
    ['shows a code app set-up', choose, [{ type: 'start' }, started], { step: 'scan', enrollmentId: 'e1' }],
    ['waits for a push app', initialState('push', 'P'), [{ type: 'start' }, started], { step: 'waiting' }],
    ['keeps the name after a failed start', choose, [{ type: 'start' }, { type: 'start-failed', error, field: 'name' }], { step: 'choose', name: 'Tablet', failure: { error, field: 'name' } }],
    ['refuses invalid set-up data', choose, [{ type: 'start' }, { type: 'setup-invalid' }], { step: 'invalid' }],
    ['verifies', choose, [{ type: 'start' }, started, { type: 'verify' }], { step: 'verifying' }],
    ['goes back to the code after a wrong one', choose, [{ type: 'start' }, started, { type: 'verify' }, { type: 'verify-failed', error, expired: false, field: 'code' }], { step: 'scan', failure: { error, field: 'code' } }],
    ['goes back to the code after a failure of the step', choose, [{ type: 'start' }, started, { type: 'verify' }, { type: 'verify-failed', error, expired: false, field: 'form' }], { step: 'scan', failure: { error, field: 'form' } }],
    ['ends when no tries are left', choose, [{ type: 'start' }, started, { type: 'verify' }, { type: 'verify-failed', error, expired: true, noTriesLeft: true, field: 'code' }], { step: 'expired', reason: 'no-tries', name: 'Tablet' }],
    ['ends when expired', choose, [{ type: 'start' }, started, { type: 'verify' }, { type: 'verify-failed', error, expired: true, field: 'code' }], { step: 'expired', reason: 'expired' }],
    ['restarts an expired set-up with the same name', choose, [{ type: 'start' }, started, { type: 'ended', reason: 'expired' }, { type: 'restart' }], { step: 'starting', name: 'Tablet' }],
    ['is done when activated', choose, [{ type: 'start' }, started, { type: 'verify' }, { type: 'activated', authenticator }], { step: 'done', authenticator }],
    ['ignores an activation outside a set-up', choose, [{ type: 'activated', authenticator }], { step: 'choose' }],
    ['cancels', choose, [{ type: 'start' }, started, { type: 'cancel' }], { step: 'cancelling', from: 'scan' }],
    ['returns to the set-up when cancelling fails, its failure marked as from the cancel', choose, [{ type: 'start' }, started, { type: 'cancel' }, { type: 'cancel-failed', error }], { step: 'scan', failure: { error, field: 'form', cancel: true } }],
    ['goes back to the start once cancelled', choose, [{ type: 'start' }, started, { type: 'cancel' }, { type: 'cancelled' }], { step: 'choose', name: 'Tablet' }],
    ['offers a fresh form after done', choose, [{ type: 'start' }, started, { type: 'activated', authenticator }, { type: 'restart' }], { step: 'choose', name: '' }],
    ['ignores an answer that arrives too late', choose, [{ type: 'start' }, started, { type: 'cancel' }, { type: 'cancelled' }, started], { step: 'choose' }],
    ['back to the form, input kept, when interrupted while starting', initialState('push', 'Pixel'), [{ type: 'start' }, { type: 'interrupted' }], { step: 'choose', kind: 'push', name: 'Pixel' }],
    ['back to the code when interrupted while verifying', choose, [{ type: 'start' }, started, { type: 'verify' }, { type: 'interrupted' }], { step: 'scan', enrollmentId: 'e1' }],
    ['back to waiting when interrupted while cancelling', initialState('push', 'P'), [{ type: 'start' }, started, { type: 'cancel' }, { type: 'interrupted' }], { step: 'waiting', enrollmentId: 'e1' }],
  ];
  for (const [what, from, events, expected] of table) {
    it(what, () => {
      const state = run(from, ...events);
      expect(state).to.deep.include(expected);
      // The set-up data is held in the started steps only.
      expect(holdsSetup(state), state.step).to.equal(['scan', 'verifying', 'waiting', 'cancelling'].includes(state.step));
    });
  }

  it('clears a name error when the name is typed again', () => {
    const state = run(choose, { type: 'start' }, { type: 'start-failed', error, field: 'name' }, { type: 'edit-name', name: 'Tab' });
    expect(state).to.deep.equal({ step: 'choose', kind: 'totp', name: 'Tab' });
  });

  it('keeps a failure when a kind is chosen, by the user or by the element (its default kind): it stays until the next attempt', () => {
    const failed = run(choose, { type: 'start' }, { type: 'start-failed', error, field: 'form' });
    expect(run(failed, { type: 'choose-kind', kind: 'push' })).to.deep.equal({
      step: 'choose',
      kind: 'push',
      name: 'Tablet',
      failure: { error, field: 'form' },
    });
  });

  it('never carries a secret in its state', () => {
    const state = run(choose, { type: 'start' }, started);
    expect(Object.keys(state).sort()).to.deep.equal(['acceptedName', 'enrollmentId', 'kind', 'name', 'step']);
  });

  it('picks a default device name that is not taken, ignoring case', () => {
    expect(defaultDeviceName('Authenticator app', [])).to.equal('Authenticator app');
    expect(defaultDeviceName('Authenticator app', ['authenticator APP', 'Authenticator app 2'])).to.equal('Authenticator app 3');
  });

  it('polls at 2 s, then 1.5 times longer each time, up to 10 s', () => {
    const delays = [nextPollDelay()];
    for (let i = 0; i < 6; i++) delays.push(nextPollDelay(delays[delays.length - 1]));
    expect(delays).to.deep.equal([2000, 3000, 4500, 6750, 10000, 10000, 10000]);
  });
});
