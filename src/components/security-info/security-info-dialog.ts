/**
 * The frame of `<mfa-security-info>`'s "Add sign-in method" dialog (its heading, ×, and the note on
 * closing) and when it may close without losing work: while a code is checked in it, never (the
 * note says why until it is over); with work under way (something typed, an app's QR code shown),
 * a first Escape or back gesture only says that closing again discards it. The element opens the
 * dialog, draws what it holds and handles its `close`.
 */
import { type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { composing } from '../../core/composing.js';
import { sayAgain } from '../../core/say-again.js';
import type { MfaAuthenticatorEnroll } from '../authenticator-enroll/authenticator-enroll.js';
import type { MfaPhoneEditor } from '../phone-editor/phone-editor.js';
import type { AddOption } from './security-info-sections.js';

/** What the dialog needs of the element: its own members, some of them private in it (the element passes itself as this type). */
export interface AddDialogHost extends ReactiveControllerHost {
  /** What the dialog shows: the choice of method, then the element that adds it. */
  readonly adding: 'choose' | AddOption | undefined;
}

export class AddDialog {
  readonly #host: AddDialogHost;
  /** The element's dialog. */
  readonly #dialog: () => HTMLDialogElement;
  /** How many times closing was refused during the check under way (0: none). */
  #closeRefused = 0;
  /**
   * Where the dialog's set-up stands for closing (see #onCloseRequest): `typed` in since it began, or
   * `asked`: a close request was refused once with work under way, and the next one closes it.
   */
  #escape: 'typed' | 'asked' | undefined;
  /** The fields of the set-up that hold what the user typed or chose (see #onInput). */
  readonly #typed = new Set<EventTarget>();

  constructor(host: AddDialogHost, dialog: () => HTMLDialogElement) {
    this.#host = host;
    this.#dialog = dialog;
  }

  /** Sets `#escape`, drawing the note again if it changed. */
  #setEscape(stand: 'typed' | 'asked' | undefined): void {
    if (stand === this.#escape) return;
    this.#escape = stand;
    this.#host.requestUpdate();
  }

  /** A new set-up begins in the dialog: nothing typed in it, nothing asked. */
  begin(): void {
    this.#setEscape(undefined);
    this.#typed.clear();
  }

  /**
   * A request to close the dialog: its `cancel` (Escape, a platform's back gesture, a screen
   * reader's dismiss gesture), or ×.
   * - While a code is checked in it, refused: closing would take the check away with its element,
   *   and a number or app the endpoint saved would go untold. The note says why until it is over.
   * - With work under way (see #hasWork), a `cancel` is refused once: the note says that closing
   *   again discards it. × closes at once, as Cancel does: it says what it does.
   */
  #onCloseRequest = (event: Event): void => {
    const click = event.type === 'click';
    const checking = this.#checking();
    if (checking || (!click && this.#escape !== 'asked' && this.#hasWork())) {
      event.preventDefault();
      this.#refuse(checking);
    } else if (click) {
      this.#dialog().close();
    }
  };

  /**
   * A close request refused: while a code is checked (the note says so until it is over), or asked
   * about. The note is at the top of a dialog that may be scrolled down to the field with the focus
   * (a small screen, a zoomed page), out of sight: it is brought into view.
   */
  #refuse(checking: boolean): void {
    if (checking) this.#refuseClose();
    else this.#setEscape('asked');
    void this.#host.updateComplete.then(() => this.#dialog().querySelector('#dialog-note')?.scrollIntoView({ block: 'nearest' }));
  }

  /** Says why the dialog stays open, each refusal again (its words differ by an invisible mark from the last's). */
  #refuseClose(): void {
    const saying = ++this.#closeRefused;
    this.#host.requestUpdate();
    // The element tells nobody when its check is over: look again until it is (or it is gone).
    const look = (): void => {
      if (this.#checking()) setTimeout(look, 200);
      else if (this.#closeRefused === saying) {
        this.#closeRefused = 0;
        this.#host.requestUpdate();
      }
    };
    look();
  }

  /** The step of the phone editor or app set-up the dialog shows, if any. */
  #innerStep(): string | undefined {
    return this.#dialog().querySelector<MfaPhoneEditor | MfaAuthenticatorEnroll>('mfa-phone-editor, mfa-authenticator-enroll')?.step;
  }

  /** Whether the dialog's phone editor or app set-up is having a code checked. */
  #checking(): boolean {
    const step = this.#innerStep();
    return step === 'confirming' || step === 'verifying';
  }

  /**
   * Whether closing would throw work away: an app's QR code is shown (the user may have scanned it),
   * or something was typed in the set-up, which has not gone back to its first view since.
   */
  #hasWork(): boolean {
    const step = this.#innerStep();
    return step === 'scan' || step === 'waiting' || (this.#escape !== undefined && step !== 'viewing');
  }

  /**
   * The Escape key, before the elements inside see it: while a code is checked, or with work under
   * way, it is the dialog's alone (the phone editor would leave its code step on it) and goes no
   * further than #onCloseRequest would let it: refused, or asked about. A key held down counts once;
   * a fresh press after the question closes the dialog, here: left to the elements inside and then
   * to the browser, it took the phone editor back to its first view, and Firefox then at times
   * (about 1 in 100 presses, in a long-running browser) sent the dialog no `cancel`, so it stayed
   * open. Any other key is the user going on with the work, which withdraws the question.
   */
  #onKeydown = {
    capture: true,
    handleEvent: (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') {
        this.#onActivity();
        return;
      }
      if (composing(event)) return;
      const checking = this.#checking();
      const asked = this.#escape === 'asked';
      if (!checking && !asked && !this.#hasWork()) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.repeat) return;
      if (asked && !checking) this.#dialog().close();
      else this.#refuse(checking);
    },
  };

  /** A key, a click or typing in the dialog after the question: the user goes on, and is asked again next time. */
  #onActivity = (): void => {
    if (this.#escape === 'asked') this.#setEscape('typed');
  };

  /**
   * Typing in a set-up is work that closing asks about (see #hasWork), until every field typed in
   * is empty again; a choice made (a country, a kind of app) is work too.
   */
  #onInput = (event: Event): void => {
    const field = event.composedPath()[0] as HTMLInputElement;
    this.#typed[field.value ? 'add' : 'delete'](field);
    this.#setEscape(this.#host.adding === 'choose' || !this.#typed.size ? undefined : 'typed');
  };

  /** The dialog, holding `content`; `onClose` handles its `close` (Lit calls it with the element as `this`). */
  render(l: Localizer, onClose: () => void, content: unknown): TemplateResult {
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      @cancel=${this.#onCloseRequest}
      @close=${onClose}
      @keydown=${this.#onKeydown}
      @input=${this.#onInput}
      @click=${this.#onActivity}
    >
      <div class="dialog-head">
        <h3 part="heading" id="dialog-title">
          ${l.term('securityInfoAddMethod')}
        </h3>
        <button part="link close-button" type="button" aria-label=${l.term('close')} @click=${this.#onCloseRequest}>
          ×
        </button>
      </div>
      <p part="dialog-note" role="status" id="dialog-note">${this.#closeRefused
        ? sayAgain(l.term('securityInfoWaitForCheck'), this.#closeRefused % 2 < 1)
        : this.#escape === 'asked'
          ? l.term('securityInfoCloseAgain')
          : nothing}</p>
      ${content}
    </dialog>`;
  }
}
