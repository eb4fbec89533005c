import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/code-input/code-input.js';
import type { MfaCodeInput } from '../src/components/code-input/code-input.js';
import { digitValue, normalizeCode, toAsciiDigits } from '../src/components/code-input/digits.js';
import '../src/components/provider/provider.js';
import { typeKeys } from './support/keys.js';
import { ARABIC } from './support/arabic.js';

function inner(el: MfaCodeInput): HTMLInputElement {
  return el.shadowRoot!.querySelector('input')!;
}

/** Pastes text at the caret as the browser does: the text goes in, then an `input` event. */
function paste(el: MfaCodeInput, text: string): void {
  const input = inner(el);
  input.focus();
  input.setRangeText(text, input.selectionStart ?? 0, input.selectionEnd ?? 0, 'end');
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste', data: text }));
}

function text(el: MfaCodeInput, part: string): string {
  return el.shadowRoot!.querySelector(`[part="${part}"]`)!.textContent!.trim();
}

describe('digits (pure)', () => {
  const table: [string, number | undefined][] = [
    ['7', 7],
    ['０', 0],
    ['９', 9],
    ['٣', 3],
    ['۸', 8],
    ['५', 5],
    ['𝟗', 9],
    // Sans-serif bold, as text styled by a "fancy font" tool has it: the fourth run of mathematical digits.
    ['𝟵', 9],
    ['a', undefined],
    ['+', undefined],
    ['🙂', undefined],
  ];
  for (const [char, value] of table) {
    it(`reads ${JSON.stringify(char)} as ${value}`, () => expect(digitValue(char)).to.equal(value));
  }

  it('turns digits of any script into ASCII and keeps the rest', () => {
    expect(toAsciiDigits('１２３-٤٥٦ x')).to.equal('123-456 x');
  });

  const codes: [string, string, boolean, boolean][] = [
    // text, code, refused, truncated
    ['123456', '123456', false, false],
    ['123 456', '123456', false, false],
    ['123-456', '123456', false, false],
    ['12.34.56', '123456', false, false],
    [' 123\u00a0456 ', '123456', false, false],
    ['１２３４５６', '123456', false, false],
    ['١٢٣٤٥٦', '123456', false, false],
    ['12a456', '12456', true, false],
    ['G-123456', '123456', true, false],
    ['1234567', '123456', false, true],
    ['', '', false, false],
  ];
  for (const [input, code, refused, truncated] of codes) {
    it(`normalizes ${JSON.stringify(input)}`, () => {
      const result = normalizeCode(input, 6);
      expect(result.code).to.equal(code);
      expect(result.refused).to.equal(refused);
      expect(result.truncated).to.equal(truncated);
    });
  }

  it('maps the caret to the same place among the kept digits', () => {
    expect(normalizeCode('12 3|45'.replace('|', ''), 6, 4).caret).to.equal(3);
    expect(normalizeCode('1x2', 6, 2).caret).to.equal(1);
  });
});

describe('<mfa-code-input>', () => {
  it('is one labelled input for a one-time code, and accessible', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    const input = inner(el);
    expect(el.shadowRoot!.querySelectorAll('input')).to.have.length(1);
    expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Verification code');
    expect(text(el, 'hint')).to.equal('Enter the 6-digit code.');
    expect(input.hasAttribute('maxlength'), 'no maxlength: it would cut "123 456" when pasted').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('takes its label from the slot or the attribute, and its length from the attribute', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input length="8" label="Code from the app"></mfa-code-input>`);
    expect(inner(el).labels?.[0]?.textContent?.trim()).to.equal('Code from the app');
    expect(text(el, 'hint')).to.equal('Enter the 8-digit code.');
    const slotted = await fixture<MfaCodeInput>(
      html`<mfa-code-input><span slot="label">Code we texted you</span></mfa-code-input>`,
    );
    const slot = slotted.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes()[0]?.textContent).to.equal('Code we texted you');
    await expect(slotted).to.be.accessible();
  });

  it('selects a whole code when focus() moves the focus in, so the next code typed replaces it', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input .value=${'123456'} error="That code is not right."></mfa-code-input>`);
    el.focus();
    expect([inner(el).selectionStart, inner(el).selectionEnd]).to.deep.equal([0, 6]);
    await typeKeys('654321');
    await el.updateComplete;
    expect(el.value).to.equal('654321');
    expect(text(el, 'notice'), 'no digit was left out').to.equal('');
  });

  it('leaves a part of a code as it is when focus() moves the focus in: the next digit completes it', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input .value=${'12345'}></mfa-code-input>`);
    el.focus();
    expect([inner(el).selectionStart, inner(el).selectionEnd]).to.deep.equal([5, 5]);
    await typeKeys('6');
    await el.updateComplete;
    expect(el.value).to.equal('123456');
  });

  it('keeps only digits as the user types, and says why a character was refused', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    const inputs: string[] = [];
    el.addEventListener('input', () => inputs.push(el.value));
    el.focus();
    await typeKeys('12a3');
    await el.updateComplete;
    expect(el.value).to.equal('123');
    expect(inner(el).value).to.equal('123');
    expect(inputs, 'one event per accepted digit, none for the refused letter').to.deep.equal(['1', '12', '123']);
    expect(text(el, 'notice')).to.equal('');
    await typeKeys('x');
    await el.updateComplete;
    expect(text(el, 'notice')).to.equal('A code has digits only. Other characters were left out.');
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('says a refusal again for each character refused in a row, without the words flickering', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    const notice = el.shadowRoot!.querySelector('[part="notice"]')!;
    // Read whole whatever changed in it, in every browser (role=status implies it only in some).
    expect(notice.getAttribute('aria-atomic')).to.equal('true');
    const shown = () => notice.textContent!.replace(/\u200b/g, '');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(notice, { characterData: true, characterDataOldValue: true, childList: true, subtree: true });
    el.focus();
    await typeKeys('1a');
    await el.updateComplete;
    const refused = 'A code has digits only. Other characters were left out.';
    expect(shown()).to.equal(refused);
    const height = notice.getBoundingClientRect().height;
    for (const key of ['b', 'c']) {
      changes.length = 0;
      await typeKeys(key);
      await el.updateComplete;
      changes.push(...observer.takeRecords());
      expect(changes, `the live region changed for "${key}", so it is said again`).to.not.be.empty;
      expect(shown()).to.equal(refused);
      expect(
        changes.every((change) => change.type === 'characterData' && change.oldValue?.replace(/\u200b/g, '') === refused),
        'the words stay, never cleared',
      ).to.be.true;
      expect(notice.getBoundingClientRect().height).to.equal(height);
    }
    expect(el.value).to.equal('1');
    changes.length = 0;
    paste(el, '1234567');
    await el.updateComplete;
    paste(el, '7');
    await el.updateComplete;
    changes.push(...observer.takeRecords());
    expect(shown()).to.equal('The code has 6 digits. Extra digits were left out.');
    expect(changes.filter((change) => change.type === 'characterData').length, 'a cut paste, said again').to.be.greaterThan(0);
    observer.disconnect();
    await expect(el).to.be.accessible();
  });

  const pastes: [string, string][] = [
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['12.34.56', '123456'],
    ['１２３ ４５６', '123456'],
    ['١٢٣-٤٥٦', '123456'],
    // The dashes and dots a text message, a word processor or a Japanese input method puts between them.
    ['123\u2013456', '123456'],
    ['123\u2212456', '123456'],
    ['１２３\uff0d４５６', '123456'],
    ['１２３\u30fb４５６', '123456'],
    ['12\u00b734\u00b756', '123456'],
  ];
  for (const [pasted, code] of pastes) {
    it(`accepts a pasted ${JSON.stringify(pasted)} as ${code}`, async () => {
      const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
      paste(el, pasted);
      await el.updateComplete;
      expect(el.value).to.equal(code);
      expect(inner(el).value).to.equal(code);
      expect(text(el, 'notice')).to.equal('');
    });
  }

  it('cuts a pasted code that is too long, and says so', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    paste(el, '1234567');
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(text(el, 'notice')).to.equal('The code has 6 digits. Extra digits were left out.');
  });

  it('fires mfa-code-complete once the user has entered every digit, with auto-submit', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input auto-submit length="4"></mfa-code-input>`);
    const codes: string[] = [];
    el.addEventListener('mfa-code-complete', (e) => codes.push(e.detail.code));
    el.focus();
    await typeKeys('123');
    expect(codes).to.deep.equal([]);
    await typeKeys('4');
    expect(codes).to.deep.equal(['1234']);
  });

  it('does not submit a pasted code it cut, with auto-submit: the user checks it and presses Enter', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><mfa-code-input auto-submit></mfa-code-input></form>`);
    const el = form.querySelector('mfa-code-input')!;
    const codes: string[] = [];
    let submits = 0;
    el.addEventListener('mfa-code-complete', (e) => codes.push(e.detail.code));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    // Two codes pasted together (or a number with its code): which six digits are meant is a guess.
    paste(el, '123 456 789');
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(text(el, 'notice')).to.equal('The code has 6 digits. Extra digits were left out.');
    expect([codes, submits], 'nothing sent').to.deep.equal([[], 0]);
    await sendKeys({ press: 'Enter' });
    expect(submits, 'Enter sends it').to.equal(1);
    // A code pasted with a label around it is whole: it is sent as it completes.
    inner(el).select();
    paste(el, 'G-654321');
    await el.updateComplete;
    expect([codes, submits]).to.deep.equal([['654321'], 2]);
  });

  it('lets mfa-code-complete bubble in its own tree, but not out of a shadow root around it', async () => {
    const heard: string[] = [];
    const onDocument = (e: Event) => heard.push((e as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('mfa-code-complete', onDocument);
    try {
      const light = await fixture<MfaCodeInput>(html`<mfa-code-input auto-submit length="4"></mfa-code-input>`);
      paste(light, '1234');
      expect(heard, 'an input in the page: the page hears it').to.deep.equal(['1234']);

      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const wrapped = document.createElement('mfa-code-input');
      wrapped.setAttribute('auto-submit', '');
      wrapped.setAttribute('length', '4');
      const inShadow: string[] = [];
      shadow.addEventListener('mfa-code-complete', (e) => inShadow.push((e as CustomEvent<{ code: string }>).detail.code));
      shadow.append(wrapped);
      await wrapped.updateComplete;
      paste(wrapped, '5678');
      expect(inShadow, 'heard in its own tree').to.deep.equal(['5678']);
      expect(heard, 'not out of the element it is inside').to.deep.equal(['1234']);
    } finally {
      document.removeEventListener('mfa-code-complete', onDocument);
    }
  });

  it('does not fire mfa-code-complete without auto-submit', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input length="4"></mfa-code-input>`);
    let fired = 0;
    el.addEventListener('mfa-code-complete', () => fired++);
    paste(el, '1234');
    expect(el.value).to.equal('1234');
    expect(fired).to.equal(0);
  });

  it('fires no event when the host sets the value, and cleans it', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input auto-submit></mfa-code-input>`);
    let events = 0;
    for (const name of ['input', 'change', 'mfa-code-complete']) el.addEventListener(name, () => events++);
    el.value = '12 34 56';
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(inner(el).value).to.equal('123456');
    expect(events).to.equal(0);
  });

  it('shows the code in its field whatever set it, also the code it showed before the user typed', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    el.value = '12';
    await el.updateComplete;
    expect(inner(el).value, 'set by the host').to.equal('12');
    // A host that keeps the code as it was: the code last drawn, set again before the next
    // render, while the field holds what the user typed.
    const keep = () => {
      el.value = '12';
    };
    el.addEventListener('input', keep);
    el.focus();
    await typeKeys('3');
    await el.updateComplete;
    expect(el.value).to.equal('12');
    expect(inner(el).value, 'the code drawn before, set again').to.equal('12');
    el.removeEventListener('input', keep);
    await typeKeys('x');
    await el.updateComplete;
    expect(inner(el).value, 'a refused letter leaves the field').to.equal('12');
    el.value = '456';
    await el.updateComplete;
    expect(inner(el).value, 'set by the host').to.equal('456');
    el.formResetCallback();
    await el.updateComplete;
    expect(inner(el).value, 'reset').to.equal('');
  });

  it('fires change when the user commits a changed code', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    el.focus();
    await typeKeys('12');
    setTimeout(() => inner(el).blur());
    const event = await oneEvent(el, 'change');
    expect(event.target).to.equal(el);
    expect(el.value).to.equal('12');
  });

  describe('in a form', () => {
    it('submits its code under its name, reports validity, and resets', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-code-input name="otp" required></mfa-code-input><button>Go</button></form>`,
      );
      const el = form.querySelector('mfa-code-input')!;
      await el.updateComplete;
      expect(el.form).to.equal(form);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Enter the code.');
      expect(form.checkValidity()).to.equal(false);

      el.focus();
      await typeKeys('123');
      await el.updateComplete;
      expect(el.validity.tooShort).to.equal(true);
      expect(el.validationMessage).to.equal('Enter all 6 digits of the code.');
      expect(new FormData(form).get('otp')).to.equal('123');
      // One digit short is still short: the form is not sent with it.
      await typeKeys('45');
      await el.updateComplete;
      expect(el.validity.tooShort).to.equal(true);
      expect(form.checkValidity()).to.equal(false);

      await typeKeys('6');
      await el.updateComplete;
      expect(el.validity.valid).to.equal(true);
      expect(new FormData(form).get('otp')).to.equal('123456');
      await typeKeys('x');
      await el.updateComplete;
      expect(text(el, 'notice')).to.equal('A code has digits only. Other characters were left out.');

      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(inner(el).value).to.equal('');
      expect(new FormData(form).get('otp')).to.equal('');
      expect(text(el, 'notice'), 'nothing said about the code the reset cleared').to.equal('');
    });

    it('gives the browser its code to submit, and no state to fill in again when the user comes back to the page', async () => {
      // What the browser receives from the field (ElementInternals.setFormValue): the value it
      // submits, and the state it keeps in the page's history to restore it (Back, a restored
      // session), which is the value itself unless another is given.
      const given: unknown[][] = [];
      const setFormValue = ElementInternals.prototype.setFormValue;
      ElementInternals.prototype.setFormValue = function (this: ElementInternals, ...args: Parameters<typeof setFormValue>) {
        given.push(args);
        return setFormValue.apply(this, args);
      };
      try {
        const form = await fixture<HTMLFormElement>(html`<form><mfa-code-input name="otp"></mfa-code-input></form>`);
        const el = form.querySelector('mfa-code-input')!;
        el.focus();
        await typeKeys('123456');
        await el.updateComplete;
        expect(new FormData(form).get('otp')).to.equal('123456');
      } finally {
        ElementInternals.prototype.setFormValue = setFormValue;
      }
      expect(given.map((args) => args[0])).to.include('123456');
      // A one-time code is good once: none is kept to be filled in again.
      expect(given.filter((args) => args[1] !== null), 'a state kept').to.deep.equal([]);
    });

    it('submits the form on Enter, and on completion with auto-submit unless prevented', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><mfa-code-input name="otp" auto-submit length="4"></mfa-code-input></form>`,
      );
      const el = form.querySelector('mfa-code-input')!;
      const submitted: string[] = [];
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitted.push(String(new FormData(form).get('otp')));
      });
      el.focus();
      await typeKeys('12');
      await sendKeys({ press: 'Enter' });
      expect(submitted, 'an incomplete code does not pass validation').to.deep.equal([]);
      await typeKeys('34');
      expect(submitted, 'completion submits').to.deep.equal(['1234']);
      await sendKeys({ press: 'Enter' });
      expect(submitted, 'Enter submits').to.deep.equal(['1234', '1234']);
      // The Enter that ends an input method's composition commits its text: no submit. Safari gives
      // it with key code 229 alone.
      const input = el.shadowRoot!.querySelector('input')!;
      for (const init of [{ isComposing: true }, { keyCode: 229 }]) {
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, ...init }));
      }
      expect(submitted, 'an input method').to.deep.equal(['1234', '1234']);

      el.value = '';
      await el.updateComplete;
      el.addEventListener('mfa-code-complete', (e) => e.preventDefault(), { once: true });
      await typeKeys('5678');
      expect(submitted, 'prevented: no submit').to.deep.equal(['1234', '1234']);
    });

    it('has a code set by script in its form at once, and is missing its value before its first render', async () => {
      const form = document.createElement('form');
      form.innerHTML = '<mfa-code-input name="otp" required></mfa-code-input>';
      const el = form.querySelector('mfa-code-input')!;
      document.body.append(form);
      try {
        // Connected, not yet rendered: a required empty field stops the form, as a native one does.
        expect(el.hasUpdated).to.equal(false);
        expect(el.validity.valueMissing).to.equal(true);
        expect(form.checkValidity()).to.equal(false);
        // A host that fills the code and submits in the same task sends it, cleaned as typing is.
        el.value = '12 34-56';
        expect(el.value).to.equal('123456');
        expect(new FormData(form).get('otp')).to.equal('123456');
        expect(form.checkValidity()).to.equal(true);
        // From a script without types: a number is taken as its digits, null as no code.
        (el as unknown as { value: unknown }).value = 654321;
        expect(el.value).to.equal('654321');
        (el as unknown as { value: unknown }).value = null;
        expect(el.value).to.equal('');
        el.value = '12';
        expect(el.validity.tooShort).to.equal(true);
        await el.updateComplete;
        expect(inner(el).value).to.equal('12');
      } finally {
        form.remove();
      }
    });

    it('has its validity follow required and length as soon as the host sets them, as a native field does', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><mfa-code-input name="otp"></mfa-code-input></form>`);
      const el = form.querySelector('mfa-code-input')!;
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      // What a form reads right after the host's change, before the element renders again.
      el.required = true;
      expect([el.validity.valueMissing, el.checkValidity(), form.checkValidity()], 'required set').to.deep.equal([true, false, false]);
      expect(el.validationMessage).to.equal('Enter the code.');
      el.required = false;
      expect(el.checkValidity(), 'required unset').to.equal(true);
      el.setAttribute('required', '');
      expect(el.validity.valueMissing, 'the attribute set').to.equal(true);
      el.removeAttribute('required');
      expect(el.validity.valueMissing, 'the attribute removed').to.equal(false);
      await el.updateComplete;

      el.value = '1234';
      expect(el.validity.tooShort).to.equal(true);
      el.length = 4;
      expect(el.checkValidity(), 'four digits of four').to.equal(true);
      el.setAttribute('length', '8');
      expect(el.validity.tooShort, 'four digits of eight').to.equal(true);
      el.length = 3;
      expect([el.value, el.checkValidity()], 'cut to its new length').to.deep.equal(['123', true]);
    });

    it('is left out of its form as soon as the host sets disabled, as a native field is', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><mfa-code-input name="otp" required></mfa-code-input></form>`);
      const el = form.querySelector('mfa-code-input')!;
      await el.updateComplete;
      expect([el.checkValidity(), form.checkValidity()], 'required and empty').to.deep.equal([false, false]);
      el.value = '123456';
      // What a form reads right after the host's change, before the element renders again.
      el.disabled = true;
      expect(el.matches(':disabled'), ':disabled').to.equal(true);
      expect(el.hasAttribute('disabled'), 'the attribute').to.equal(true);
      expect([el.willValidate, form.checkValidity()], 'not validated').to.deep.equal([false, true]);
      expect(new FormData(form).has('otp'), 'not in the form data').to.equal(false);
      el.disabled = false;
      expect([el.matches(':disabled'), el.willValidate], 'enabled again').to.deep.equal([false, true]);
      expect(new FormData(form).get('otp'), 'in the form data again').to.equal('123456');
      el.value = '';
      el.disabled = true;
      expect(form.checkValidity(), 'an empty required field, disabled').to.equal(true);
      // The attribute set by the host is the property at once, as before.
      el.removeAttribute('disabled');
      expect([el.disabled, form.checkValidity()], 'the attribute removed').to.deep.equal([false, false]);
      await el.updateComplete;
      expect(inner(el).disabled, 'the inner input follows').to.equal(false);
      el.disabled = true;
      await el.updateComplete;
      expect(inner(el).disabled).to.equal(true);
      // Unset by a framework: not disabled, as a native field's (not toggled).
      el.disabled = undefined as unknown as boolean;
      expect([el.disabled, el.matches(':disabled')], 'undefined').to.deep.equal([false, false]);
      el.disabled = undefined as unknown as boolean;
      expect(el.disabled, 'undefined again').to.equal(false);
    });

    it('is left out of the form and refuses input inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><fieldset disabled><mfa-code-input name="otp"></mfa-code-input></fieldset></form>`,
      );
      const el = form.querySelector('mfa-code-input')!;
      await el.updateComplete;
      expect(inner(el).disabled).to.equal(true);
      expect(new FormData(form).has('otp')).to.equal(false);
    });
  });

  it('shows an error set by the host, marks the field invalid and describes it', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    el.error = 'That code is not right. You have 4 more tries.';
    await el.updateComplete;
    const input = inner(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = input.getAttribute('aria-describedby')!.split(' ');
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(described).to.include(error.id);
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.equal('That code is not right. You have 4 more tries.');
    await expect(el).to.be.accessible();
  });

  it('focus() moves focus into the input; disabled refuses typing', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    el.disabled = true;
    await el.updateComplete;
    expect(inner(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('speaks Simplified Chinese inside a provider, and stays left to right in an RTL locale', async () => {
    const zh = await fixture(html`<mfa-provider locale="zh-CN"><mfa-code-input></mfa-code-input></mfa-provider>`);
    const el = zh.querySelector('mfa-code-input')!;
    await el.updateComplete;
    expect(inner(el).labels?.[0]?.textContent?.trim()).to.equal('验证码');
    expect(text(el, 'hint')).to.equal('请输入 6 位验证码。');
    const ar = await fixture(html`<mfa-provider locale="ar" .strings=${ARABIC}><mfa-code-input></mfa-code-input></mfa-provider>`);
    const rtl = ar.querySelector('mfa-code-input')!;
    await rtl.updateComplete;
    expect(rtl.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(inner(rtl)).direction).to.equal('ltr');
    expect(getComputedStyle(inner(rtl)).unicodeBidi, 'isolated from the text around it').to.equal('isolate');
    await expect(rtl).to.be.accessible();
  });

  describe('WebOTP', () => {
    // Only Chromium has WebOTP; WebKitGTK has no `navigator.credentials` (nor `CredentialsContainer`)
    // at all. So the API is stood in for on `navigator` itself, which works in every browser, and
    // removed again after each test.
    let requests: { options: CredentialRequestOptions; resolve: (c: unknown) => void }[];
    const stubCredentials = (value: unknown) =>
      Object.defineProperty(navigator, 'credentials', { configurable: true, value });
    beforeEach(() => {
      requests = [];
      (globalThis as { OTPCredential?: unknown }).OTPCredential ??= class {};
      stubCredentials({
        get(options: CredentialRequestOptions) {
          return new Promise((resolve, reject) => {
            requests.push({ options, resolve });
            options.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
          });
        },
      });
    });
    afterEach(() => {
      delete (navigator as { credentials?: unknown }).credentials;
      delete (globalThis as { OTPCredential?: unknown }).OTPCredential;
    });

    it('asks for nothing where the browser has no WebOTP (Firefox, Safari), and the code is typed as usual', async () => {
      delete (globalThis as { OTPCredential?: unknown }).OTPCredential;
      const el = await fixture<MfaCodeInput>(html`<mfa-code-input webotp></mfa-code-input>`);
      expect(requests).to.have.length(0);
      inner(el).focus();
      await typeKeys('123456');
      expect(el.value).to.equal('123456');
    });

    it('asks for nothing, and does not fail, where the browser has no credentials API (WebKitGTK)', async () => {
      stubCredentials(undefined);
      const el = await fixture<MfaCodeInput>(html`<mfa-code-input webotp></mfa-code-input>`);
      inner(el).focus();
      await typeKeys('654321');
      expect(el.value).to.equal('654321');
    });

    it('is not asked for without the webotp attribute', async () => {
      await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
      expect(requests).to.have.length(0);
    });

    it('asks for an SMS code, fills it in as user input, and completes', async () => {
      const el = await fixture<MfaCodeInput>(html`<mfa-code-input webotp auto-submit></mfa-code-input>`);
      expect(requests).to.have.length(1);
      expect((requests[0].options as { otp?: unknown }).otp).to.deep.equal({ transport: ['sms'] });
      const events: string[] = [];
      for (const name of ['input', 'change', 'mfa-code-complete']) el.addEventListener(name, () => events.push(name));
      requests[0].resolve({ code: '654321' });
      await new Promise((r) => setTimeout(r));
      expect(el.value).to.equal('654321');
      expect(inner(el).value).to.equal('654321');
      expect(events).to.deep.equal(['input', 'mfa-code-complete', 'change']);
    });

    it('aborts the request on disconnect and on form submit', async () => {
      const el = await fixture<MfaCodeInput>(html`<mfa-code-input webotp></mfa-code-input>`);
      const signal = requests[0].options.signal!;
      el.remove();
      expect(signal.aborted).to.equal(true);

      const form = await fixture<HTMLFormElement>(html`<form><mfa-code-input webotp></mfa-code-input></form>`);
      const inForm = requests[requests.length - 1].options.signal!;
      form.addEventListener('submit', (e) => e.preventDefault());
      form.requestSubmit();
      expect(inForm.aborted).to.equal(true);
    });
  });
});

describe('<mfa-code-input> under a brand\'s text size', () => {
  it('draws the code larger than its label, and its field no lower than 44 px, whatever --mfa-font-size and --mfa-code-input-font-size a page sets', async () => {
    const sizes = async (fontSize: string, codeSize = '') => {
      const el = await fixture<MfaCodeInput>(
        html`<mfa-code-input label="Code" style="--mfa-font-size: ${fontSize}; ${codeSize && `--mfa-code-input-font-size: ${codeSize}`}"></mfa-code-input>`,
      );
      const input = el.shadowRoot!.querySelector<HTMLElement>('[part~="input"]')!;
      const label = el.shadowRoot!.querySelector<HTMLElement>('[part~="label"]')!;
      return [getComputedStyle(label).fontSize, getComputedStyle(input).fontSize, input.getBoundingClientRect().height >= 44];
    };
    // 1.25 times the text around it: 20 px with the default 16 px, as before; 30 px with a brand's 24 px.
    expect(await sizes('16px')).to.deep.equal(['16px', '20px', true]);
    expect(await sizes('24px')).to.deep.equal(['24px', '30px', true]);
    // A smaller code than the default keeps its field at 44 px at least, a target easy to hit.
    expect(await sizes('16px', '1rem')).to.deep.equal(['16px', '16px', true]);
  });
});
