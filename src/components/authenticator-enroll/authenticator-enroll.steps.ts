/**
 * The steps of `<mfa-authenticator-enroll>` as one template function over a plain view model, so
 * the element file keeps only behaviour. Every string comes from the localizer.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { ActionController } from '../../core/action.js';
import { renderErrorRegion } from '../../core/error-region.js';
import { type Localizer, failureAlert, isolateName, keyOf, sentences } from '../../core/localize.js';
import { sayAgain } from '../../core/say-again.js';
import type { AuthenticatorKind } from '../../core/types.js';
import { actionBlockedHint, actionErrorText, blockedBy, failureText, reauthText } from '../authenticator-list/action-feedback.js';
import { CODE_INPUT_EXPORT_PARTS } from '../code-input/code-input-parts.js';
import type { EnrollState, FlowFailure } from './authenticator-enroll-flow.js';
import { type CopyState, type CopyValue, type QrDrawing, renderManualKey, renderPushDetails, renderQr } from './authenticator-enroll.views.js';
import type { SetupData } from './setup.js';

// biome-ignore lint/suspicious/noExplicitAny: any action, whatever its arguments and result
type AnyAction = ActionController<any[], unknown>;

/** What the steps read of the enrollment on the endpoint (`EnrollSession`). */
export interface EnrollSessionView {
  flow: EnrollState;
  setup: SetupData | undefined;
  qr: QrDrawing;
  startAction: AnyAction;
  verifyAction: AnyAction;
  cancelAction: AnyAction;
}

export interface EnrollViewModel {
  t: Localizer;
  /** The status line saying `text`: the one node of every step (see `liveRegions`). */
  status: (text: string) => HTMLElement;
  session: EnrollSessionView;
  kinds: AuthenticatorKind[];
  code: string;
  /** An error found before sending the code (it is incomplete). */
  codeProblem: string;
  /** What is wrong with the device name as sent (blank, too long). */
  nameProblem: string;
  manualOpen: boolean;
  /** No Cancel on the first step (the element's `noCancel`). */
  noCancel: boolean;
  copy: CopyState | undefined;
  on: {
    kind: (kind: AuthenticatorKind) => void;
    name: (event: Event) => void;
    start: (event: Event) => void;
    code: (event: Event) => void;
    verify: (event: Event) => void;
    cancel: () => void;
    restart: () => void;
    toggleManual: () => void;
    copy: (what: CopyValue, value: string) => void;
    checkAgain: () => void;
  };
}

/**
 * Progress and confirmations (polite) and step-wide errors (assertive), present in every step.
 * `countdown`: while a rate limit's wait runs, the sentence seen in place of `error`, which the alert
 * keeps as it announced it, visually hidden; the copy follows the countdown, is not live, and is
 * `#wait` (what describes a Retry waiting for it). Both are in the error part, every element's
 * (`renderErrorRegion`), so a page's style on the part frames the countdown too; the alert inside it
 * stays rendered, and the part is `.empty` while it says nothing (out of the flow, clipped: no gap,
 * and no box where a page styles it). `extra` follows the part (a step's hint on why its button
 * waits). The status line can take the focus, for a step that replaces the focused control with a
 * confirmation (the app is set up): it is not live while it has it (`moveFocus`), so it is read once.
 */
function liveRegions(
  status: HTMLElement,
  error: string,
  extra: TemplateResult | typeof nothing = nothing,
  countdown?: string,
): TemplateResult {
  return html`${status}${renderErrorRegion({ text: error, countdown }, nothing)}${extra}`;
}

/** A rate limit's wait is over for one of `actions`: said once, politely. */
const waitOver = (vm: EnrollViewModel, ...actions: AnyAction[]) =>
  actions.some((action) => action.waitOver) ? vm.t.term('retryNow') : '';

/** "The set-up was not cancelled", before the reason, when the step's failure is its cancel's. */
const notCancelled = (t: Localizer, failure: FlowFailure) => (failure.cancel ? t.term('enrollCancelFailed') : undefined);

/**
 * The value just copied, said politely ("Code copied."), at each press (see `sayAgain`); nothing
 * copied or copying refused: nothing.
 */
const copied = ({ copy, t }: EnrollViewModel) => (copy && !copy.blocked ? sayAgain(t.term(`enroll${copy.what}Copied`), copy.again) : '');

export function renderEnrollStep(vm: EnrollViewModel): TemplateResult {
  const { t } = vm;
  const { flow } = vm.session;
  switch (flow.step) {
    case 'choose':
    case 'starting':
      return renderChoose(vm);
    case 'scan':
    case 'verifying':
      return renderScan(vm);
    case 'waiting':
      return renderWaiting(vm);
    case 'cancelling':
      return flow.from === 'scan' ? renderScan(vm) : renderWaiting(vm);
    case 'expired':
    case 'invalid': {
      const message =
        flow.step === 'invalid'
          ? 'enrollInvalidSetup'
          : flow.reason === 'cancelled'
            ? 'enrollCancelledElsewhere'
            : flow.reason === 'interrupted'
              ? 'enrollInterrupted'
              : flow.reason === 'no-tries'
                ? 'enrollNoTriesLeft'
                : 'enrollExpired';
      const start = vm.session.startAction;
      return html`
        ${liveRegions(vm.status(''), t.term(message), actionBlockedHint(start, t))}
        <div part="actions" class="actions">
          <button part="button primary" type="button" id="restart" aria-disabled=${start.blocked} aria-describedby="blocked"
            @click=${vm.on.restart}>${t.term('enrollStartAgain')}</button>
          <button part="button" type="button" @click=${vm.on.cancel}>${t.term('cancel')}</button>
        </div>`;
    }
    case 'done':
      return html`
        ${liveRegions(vm.status(t.format('enrollDone', isolateName(flow.authenticator.name))), '')}
        <div part="actions" class="actions">
          <button part="button" type="button" @click=${vm.on.restart}>${t.term('enrollAnother')}</button>
        </div>`;
  }
}

function renderChoose(vm: EnrollViewModel): TemplateResult {
  const { t } = vm;
  const { flow, startAction: start } = vm.session;
  const starting = flow.step === 'starting';
  const failure = flow.step === 'choose' ? flow.failure : undefined;
  const nameError = vm.nameProblem || (failure?.field === 'name' ? t.errorMessage(failure.error) : '');
  const formError = failure?.field === 'form' ? actionErrorText(start, t) : '';
  return html`
    <form part="form" class="form" @submit=${vm.on.start} novalidate>
      ${
        vm.kinds.length > 1
          ? html`
          <fieldset part="kind-group" ?disabled=${starting}>
            <legend part="heading">${t.term('enrollKindLegend')}</legend>
            ${vm.kinds.map((kind) => {
              const label = keyOf('enrollKind', kind);
              return html`
                <div class="kind">
                  <input type="radio" id="kind-${kind}" name="kind" value=${kind} .checked=${flow.kind === kind}
                    aria-describedby="kind-${kind}-hint" @change=${() => vm.on.kind(kind)} />
                  <label for="kind-${kind}">${t.term(label)}</label>
                  <span id="kind-${kind}-hint" class="hint">${t.term(`${label}Hint`)}</span>
                </div>`;
            })}
          </fieldset>`
          : nothing
      }
      <div class="field">
        <label part="label" for="name">${t.term('enrollNameLabel')}</label>
        <span id="name-hint" class="hint">${t.term('enrollNameHint')}</span>
        <input part="name-input" id="name" dir="auto" autocomplete="off" ?disabled=${starting}
          aria-invalid=${Boolean(nameError)} aria-describedby="name-hint name-error" @input=${vm.on.name} />
        <p part="field-error" id="name-error" class="error" role="alert">${nameError}</p>
      </div>
      ${liveRegions(
        vm.status(reauthText(start, t) || (starting ? t.term('enrollStarting') : waitOver(vm, start)) || (flow.step === 'choose' && flow.cancelled ? t.term('enrollCancelled') : '')),
        formError,
        actionBlockedHint(start, t, formError && start.error),
        formError ? failureAlert(t, start).countdown : undefined,
      )}
      <div part="actions" class="actions">
        <button part="button primary" type="submit" aria-disabled=${starting || start.blocked}
          aria-describedby=${blockedBy(start, formError && start.error)}>
          ${t.term('enrollStart')}
        </button>
        ${vm.noCancel ? nothing : html`<button part="button" type="button" @click=${vm.on.cancel}>${t.term('cancel')}</button>`}
      </div>
    </form>`;
}

function renderScan(vm: EnrollViewModel): TemplateResult {
  const { t } = vm;
  const { flow, setup, qr, verifyAction: verify, cancelAction } = vm.session;
  if (setup?.kind !== 'totp') return html``;
  const verifying = flow.step === 'verifying';
  const cancelling = flow.step === 'cancelling';
  const failure = flow.step === 'scan' ? flow.failure : undefined;
  // A refused code is said on its field; any other failure (a rate limit with its countdown, the
  // server's) in the step's alert (see the session's `#onVerifyFailed`).
  const codeError = vm.codeProblem || (failure?.field === 'code' ? actionErrorText(verify, t) : '');
  const formFailure = failure?.field === 'form' ? failureText(failure.error, [verify, cancelAction], t, notCancelled(t, failure)) : { text: '' };
  const formError = formFailure.text;
  // The refusal the step's alert counts down, if any.
  const alerted = failure?.field === 'form' && failure.error;
  const status =
    reauthText(verify, t) ||
    (verifying ? t.term('enrollVerifying') : cancelling ? t.term('enrollCancelling') : copied(vm) || waitOver(vm, verify, cancelAction));
  // No QR code to scan: the intro asks only for the account, and the key shows without "Can't scan?".
  const qrFailed = qr === 'failed';
  // On a phone, the QR code is on the screen that would scan it: a button hands the set-up to the
  // phone's authenticator app (otpauth: is theirs to open), and the intro points to it.
  const here = matchMedia('(pointer: coarse)').matches;
  return html`
    <p class="intro" tabindex="-1">${t.term(qrFailed ? 'enrollQrFailedIntro' : here ? 'enrollOpenAppIntro' : 'enrollScanTotp')}</p>
    ${renderQr(qr, t.format('enrollQrAlt', setup.key.issuer, setup.key.accountName), t.term('enrollQrFailed'))}
    ${
      // A button, not a link: the URI holds the key, which goes into no attribute (a link's href),
      // where a script recording the page would read it; it is in the page only while "Can't scan?"
      // shows it.
      here
        ? html`<button part="link open-app" type="button" @click=${() => open(setup.uri, '_self')}>${t.term('enrollOpenApp')}</button>`
        : nothing
    }
    ${renderManualKey(setup.key, vm, qrFailed)}
    <form part="form" class="form" @submit=${vm.on.verify} novalidate>
      <mfa-code-input part="code-input" exportparts=${CODE_INPUT_EXPORT_PARTS} length=${setup.key.digits}
        label=${t.term('enrollCodeLabel')} auto-submit required .value=${vm.code} .error=${codeError || undefined}
        ?disabled=${cancelling} @input=${vm.on.code}></mfa-code-input>
      ${liveRegions(
        vm.status(status),
        formError,
        actionBlockedHint(verify, t, alerted),
        formFailure.countdown,
      )}
      <div part="actions" class="actions">
        <button part="button primary" type="submit" aria-disabled=${verifying || cancelling || verify.blocked}
          aria-describedby=${blockedBy(verify, alerted)}>
          ${t.term('enrollVerify')}
        </button>
        <button part="button" type="button" aria-disabled=${verifying || cancelling || cancelAction.blocked}
          aria-describedby=${cancelAction.blocked ? 'blocked wait' : nothing} @click=${vm.on.cancel}>${t.term('cancel')}</button>
      </div>
    </form>`;
}

function renderWaiting(vm: EnrollViewModel): TemplateResult {
  const { t } = vm;
  const { flow, setup, qr, cancelAction } = vm.session;
  if (setup?.kind !== 'push') return html``;
  const cancelling = flow.step === 'cancelling';
  const failure = flow.step === 'waiting' ? flow.failure : undefined;
  // A cancel that failed leaves the set-up waiting, and polled: Cancel again is its retry. A poll
  // that failed stopped the waiting: Retry polls again.
  const pollFailed = failure && !failure.cancel;
  const failed = failure ? failureText(failure.error, [cancelAction], t, notCancelled(t, failure)) : { text: '' };
  // No QR code to scan: the intro asks only for the account, and the note says to type the code and URL.
  const qrFailed = qr === 'failed';
  // The set-up's end, set by the endpoint (10 minutes from the start, which nothing extends), in the
  // intro the focus moves to as the step shows, so it is read with it; none where the endpoint sent
  // no time. In its last minute the status line adds a polite word that it is ending, once: the
  // page renders again at each poll's answer (see the session), not each second.
  const ends = t.date(setup.expiresAt, { timeStyle: 'short' });
  return html`
    <p class="intro" tabindex="-1">${sentences(t.term(qrFailed ? 'enrollQrFailedIntroPush' : 'enrollScanPush'), ends && t.format('enrollEndsAt', ends))}</p>
    ${renderQr(qr, t.term('enrollPushQrAlt'), t.term('enrollQrFailedPush'))}
    ${renderPushDetails(setup, vm, qrFailed)}
    ${liveRegions(
      vm.status(
        sentences(
          cancelling ? t.term('enrollCancelling') : copied(vm) || waitOver(vm, cancelAction) || (pollFailed ? '' : t.term('enrollWaiting')),
          Date.parse(setup.expiresAt) - Date.now() < 60_000 ? t.term('enrollEndsSoon') : '',
        ),
      ),
      failed.text,
      actionBlockedHint(cancelAction, t, failure?.error),
      failed.countdown,
    )}
    <div part="actions" class="actions">
      ${pollFailed ? html`<button part="button" type="button" @click=${vm.on.checkAgain}>${t.term('retry')}</button>` : nothing}
      <button part="button" type="button" aria-disabled=${cancelling || cancelAction.blocked} aria-describedby=${blockedBy(cancelAction, failure?.error)}
        @click=${vm.on.cancel}>${t.term('cancel')}</button>
    </div>`;
}
