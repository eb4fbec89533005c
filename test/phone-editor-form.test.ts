import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountryCallingCode } from 'libphonenumber-js/min/es6';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import { FakeClient } from './support/fake-client.js';
import { typeKeys } from './support/keys.js';

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

async function mountForm(extra = html``): Promise<{ form: HTMLFormElement; el: MfaPhoneEditor; fake: FakeClient }> {
  const fake = new FakeClient();
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <mfa-phone-editor form-field name="phone" default-country="GB" .client=${fake.client}></mfa-phone-editor>
      ${extra}
    </form>
  `);
  const el = form.querySelector('mfa-phone-editor')!;
  await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
  return { form, el, fake };
}

/** An office phone's form field (number and extension, `name="office"`), once its fields are there. */
async function mountOfficeForm(): Promise<{ form: HTMLFormElement; el: MfaPhoneEditor }> {
  const form = await fixture<HTMLFormElement>(html`
    <form><mfa-phone-editor form-field phone-slot="office" name="office" default-country="US" .client=${new FakeClient().client}></mfa-phone-editor></form>
  `);
  const el = form.querySelector('mfa-phone-editor')!;
  await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
  return { form, el };
}

/** A form field whose value attribute is a French mobile number, once its field is there. */
async function mountFrench(): Promise<{ form: HTMLFormElement; el: MfaPhoneEditor }> {
  const form = await fixture<HTMLFormElement>(html`
    <form><mfa-phone-editor form-field name="phone" value="+33612345678" .client=${new FakeClient().client}></mfa-phone-editor></form>
  `);
  const el = form.querySelector('mfa-phone-editor')!;
  await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
  return { form, el };
}

function number(el: MfaPhoneEditor): HTMLInputElement {
  return $(el, '#number') as HTMLInputElement;
}

async function chooseCountry(el: MfaPhoneEditor, region: string): Promise<void> {
  const select = $(el, '#country') as HTMLSelectElement;
  select.value = region;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<mfa-phone-editor form-field>', () => {
  it('fits a narrow grid column: the list of countries shrinks, the page does not scroll sideways', async () => {
    const grid = await fixture<HTMLDivElement>(html`
      <div style="display: grid; grid-template-columns: 1fr; inline-size: 280px">
        <mfa-phone-editor form-field default-country="GB" .client=${new FakeClient().client}></mfa-phone-editor>
      </div>
    `);
    const el = grid.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#country'), 'the field appears', { timeout: 5000 });
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
    expect($(el, '#country')!.getBoundingClientRect().right).to.be.at.most(grid.getBoundingClientRect().right);
  });

  it('is a form field: E.164 form value, validity with the specific message, reset; no requests', async () => {
    const { form, el, fake } = await mountForm();
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input:${new FormData(form).get('phone')}`));
    el.addEventListener('change', () => events.push('change'));
    number(el).focus();
    await typeKeys('07400 1');
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('phone')).to.equal(null);
    await typeKeys('23456');
    await el.updateComplete;
    expect(number(el).value).to.equal('07400 123456');
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('phone')).to.equal('+447400123456');
    expect(events[events.length - 1], 'input carries the new value already').to.equal('input:+447400123456');
    number(el).blur();
    expect(events[events.length - 1]).to.equal('change');
    await expect(el).to.be.accessible();

    form.reset();
    await el.updateComplete;
    expect(number(el).value).to.equal('');
    expect(new FormData(form).get('phone')).to.equal(null);
    expect(fake.calls, 'form mode sends nothing').to.have.length(0);
    // So it has nothing to say of being offline.
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    try {
      expect($(el, '#offline') === null, 'no offline notice').to.equal(true);
      expect($(el, '[part="status"]')!.textContent!.trim(), 'nothing said').to.equal('');
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });

  it('writes a number typed before its country was chosen as the country chosen writes it', async () => {
    const { form, el } = await mountForm();
    number(el).focus();
    // A French number, typed while the list still says the United Kingdom.
    await typeKeys('0612345678');
    await el.updateComplete;
    expect(number(el).value, 'no British number: left as typed').to.equal('0612345678');
    await chooseCountry(el, 'FR');
    expect(number(el).value, 'grouped as in France once France is chosen').to.equal('06 12 34 56 78');
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
  });

  it('starts from its default-country, returns to it on reset, and follows it while the user has typed nothing', async () => {
    const { form, el } = await mountForm();
    const country = () => ($(el, '#country') as HTMLSelectElement).value;
    expect(country(), 'the host\'s region, not the built-in one').to.equal('GB');
    number(el).focus();
    await typeKeys('07400 123456');
    await el.updateComplete;
    expect(new FormData(form).get('phone'), 'a national number read in that region').to.equal('+447400123456');

    await chooseCountry(el, 'FR');
    form.reset();
    await el.updateComplete;
    expect(country(), 'a reset returns to the default region').to.equal('GB');

    el.defaultCountry = 'DE';
    await el.updateComplete;
    expect(country(), 'an untouched field follows the new default').to.equal('DE');
    number(el).focus();
    await typeKeys('0151 23456789');
    el.defaultCountry = 'GB';
    await el.updateComplete;
    expect(country(), 'what the user typed stays in its region').to.equal('DE');
    expect(new FormData(form).get('phone')).to.equal('+4915123456789');
  });

  it('is left out of its form as soon as the host sets disabled, as a native field is', async () => {
    const { form, el } = await mountForm();
    await chooseCountry(el, 'GB');
    el.required = true;
    await el.updateComplete;
    expect(form.checkValidity(), 'required and empty').to.equal(false);
    number(el).focus();
    await typeKeys('07400 123456');
    await el.updateComplete;
    expect(new FormData(form).get('phone')).to.equal('+447400123456');
    // What a form reads right after the host's change, before the element renders again.
    el.disabled = true;
    expect(el.matches(':disabled'), ':disabled').to.equal(true);
    expect(el.willValidate, 'not validated').to.equal(false);
    expect(new FormData(form).has('phone'), 'not in the form data').to.equal(false);
    el.disabled = false;
    expect([el.matches(':disabled'), el.willValidate], 'enabled again').to.deep.equal([false, true]);
    expect(new FormData(form).get('phone'), 'in the form data again').to.equal('+447400123456');
    form.reset();
    await el.updateComplete;
    expect(form.checkValidity(), 'required and empty again').to.equal(false);
    el.disabled = true;
    expect(form.checkValidity(), 'an empty required field, disabled').to.equal(true);
    await el.updateComplete;
    expect(number(el).disabled, 'the field follows').to.equal(true);
  });

  it('reports the specific problem as its validation message', async () => {
    const { el } = await mountForm();
    await chooseCountry(el, 'GB');
    number(el).focus();
    await typeKeys('0740');
    await el.updateComplete;
    const form = el.closest('form')!;
    expect(form.checkValidity()).to.equal(false);
    await typeKeys('x');
    await el.updateComplete;
    expect($(el, '#number-error')!.textContent).to.equal(
      'A phone number has only digits, and + at the start. Remove letters and symbols.',
    );
    expect(number(el).getAttribute('aria-invalid')).to.equal('true');
    // The element answers for itself as a native field does.
    expect(el.form).to.equal(form);
    expect(el.willValidate).to.equal(true);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal($(el, '#number-error')!.textContent);
  });

  it('starts from its value attribute and returns to it on reset', async () => {
    const { form, el } = await mountFrench();
    expect(number(el).value).to.equal('06 12 34 56 78');
    expect(($(el, '#country') as HTMLSelectElement).value).to.equal('FR');
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
    expect(el.value).to.equal('+33612345678');
    number(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(new FormData(form).get('phone')).to.equal(null);
    // As a native field's: `value` is what is entered now (no valid number), the attribute the start.
    expect(el.value).to.equal('');
    expect(el.defaultValue).to.equal('+33612345678');
    expect(el.getAttribute('value')).to.equal('+33612345678');
    await typeKeys('9');
    await el.updateComplete;
    expect(el.value).to.equal('+33612345679');
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
    expect(el.value).to.equal('+33612345678');
    expect(number(el).value).to.equal('06 12 34 56 78');
  });

  it('keeps what the user typed when its value attribute changes, as a native field does; a reset takes the new one', async () => {
    const { form, el } = await mountFrench();
    // Unchanged, the field follows the attribute.
    el.setAttribute('value', '+33611111111');
    await el.updateComplete;
    expect(el.value).to.equal('+33611111111');
    number(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await typeKeys('2');
    await el.updateComplete;
    expect(el.value).to.equal('+33611111112');
    el.setAttribute('value', '+33622222222');
    await el.updateComplete;
    expect(el.value, 'what the user typed').to.equal('+33611111112');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('+33622222222');
  });

  it('value: what an input listener reads, and what setting it puts in the field', async () => {
    const { form, el } = await mountForm();
    await chooseCountry(el, 'GB');
    const seen: string[] = [];
    el.addEventListener('input', (event) => seen.push((event.target as MfaPhoneEditor).value));
    number(el).focus();
    await typeKeys('07400 123456');
    expect(seen[0], 'not a number yet').to.equal('');
    expect(seen[seen.length - 1]).to.equal('+447400123456');
    el.value = '+33612345678';
    await el.updateComplete;
    expect(number(el).value).to.equal('06 12 34 56 78');
    expect(($(el, '#country') as HTMLSelectElement).value).to.equal('FR');
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
    expect(el.value).to.equal('+33612345678');
    el.value = '';
    await el.updateComplete;
    expect(number(el).value).to.equal('');
    expect(new FormData(form).get('phone')).to.equal(null);
    // A reset goes back to the attribute, which setting `value` did not change (none here).
    el.value = '+447400123456';
    form.reset();
    await el.updateComplete;
    expect(number(el).value).to.equal('');
  });

  it('value set before the phone library has loaded is in the field once it has', async () => {
    const el = document.createElement('mfa-phone-editor');
    el.formField = true;
    el.name = 'phone';
    el.client = new FakeClient().client;
    el.value = '+33612345678';
    expect(el.value, 'before loading').to.equal('+33612345678');
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    form.append(el);
    await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
    expect(number(el).value).to.equal('06 12 34 56 78');
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
    // Moved in the page, it keeps what the user typed.
    number(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    form.prepend(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(number(el).value).to.equal('06 12 34 56 7');
  });

  it('is required when asked, and sends an office extension beside the number', async () => {
    const fake = new FakeClient();
    const form = await fixture<HTMLFormElement>(html`
      <form><mfa-phone-editor form-field required phone-slot="office" name="office" default-country="US" .client=${fake.client}></mfa-phone-editor></form>
    `);
    const el = form.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
    expect(form.checkValidity(), 'required and empty').to.equal(false);
    expect(number(el).required, 'the number field says it is required').to.equal(true);
    number(el).focus();
    await typeKeys('4255550100');
    ($(el, '#extension') as HTMLInputElement).focus();
    await typeKeys('4321');
    await el.updateComplete;
    const data = new FormData(form);
    expect(data.get('office')).to.equal('+14255550100');
    expect(data.get('office-extension')).to.equal('4321');
  });

  it('puts an extension pasted with an office number in the extension field, and says so', async () => {
    const { form, el } = await mountOfficeForm();
    for (const [pasted, extension] of [
      ['+1 425 555 0100 ext. 45', '45'],
      ['tel:+1-425-555-0100;ext=4521', '4521'],
    ]) {
      const input = number(el);
      input.focus();
      input.value = pasted!;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      await el.updateComplete;
      expect(input.value, pasted).to.equal('+1 425 555 0100');
      expect(($(el, '#extension') as HTMLInputElement).value, pasted).to.equal(extension);
      expect($(el, '#number-notice')!.textContent).to.equal(
        'We took the phone number and its extension out of the pasted text. Check them before sending.',
      );
      const data = new FormData(form);
      expect(data.get('office')).to.equal('+14255550100');
      expect(data.get('office-extension')).to.equal(extension);
    }
  });

  it('submits its form with Enter in the number or the extension, as a native field does, or says what is wrong', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><mfa-phone-editor form-field required phone-slot="office" name="office" default-country="US" .client=${new FakeClient().client}></mfa-phone-editor><button>Save</button></form>
    `);
    const el = form.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
    const submitted: string[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(String(new FormData(form).get('office')));
    });
    let invalid = 0;
    el.addEventListener('invalid', () => invalid++);
    expect(number(el).required).to.equal(true);
    number(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(invalid, 'Enter in the empty required field').to.equal(1);
    expect(submitted).to.deep.equal([]);
    number(el).focus();
    await typeKeys('4255550100');
    await sendKeys({ press: 'Enter' });
    ($(el, '#extension') as HTMLInputElement).focus();
    await typeKeys('45');
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.deep.equal(['+14255550100', '+14255550100']);
    // The country list is no text field: Enter there submits nothing, as in a native form.
    ($(el, '#country') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    // Nor does the country search, which only helps choose from the list (a phone's Search key).
    ($(el, '#country-search') as HTMLElement).focus();
    await typeKeys('germ');
    await sendKeys({ press: 'Enter' });
    expect(submitted.length).to.equal(2);
  });

  it('puts an office extension given in its value in the extension field, for the form and after a reset', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <mfa-phone-editor form-field phone-slot="office" name="office" value="+14255550100;ext=4321" .client=${new FakeClient().client}></mfa-phone-editor>
        <mfa-phone-editor form-field name="mobile" value="+14255550100;ext=4321" .client=${new FakeClient().client}></mfa-phone-editor>
      </form>
    `);
    const [office, mobile] = [...form.querySelectorAll('mfa-phone-editor')];
    await waitUntil(() => $(office!, '#extension') && $(mobile!, '#number'), 'the fields appear', { timeout: 5000 });
    await office!.updateComplete;
    expect(number(office!).value).to.equal('(425) 555-0100');
    expect(($(office!, '#extension') as HTMLInputElement).value).to.equal('4321');
    expect(office!.validity.valid).to.equal(true);
    const data = new FormData(form);
    expect([data.get('office'), data.get('office-extension')]).to.deep.equal(['+14255550100', '4321']);
    // A mobile phone has no extension: the number is shown with it, and is invalid, rather than lose it.
    expect(number(mobile!).value).to.contain('4321');
    expect(mobile!.validity.valid).to.equal(false);

    office!.value = '+14255550199 ext. 77';
    await office!.updateComplete;
    expect(($(office!, '#extension') as HTMLInputElement).value).to.equal('77');
    form.reset();
    await office!.updateComplete;
    expect(number(office!).value).to.equal('(425) 555-0100');
    expect(($(office!, '#extension') as HTMLInputElement).value).to.equal('4321');
  });

  it('is invalid while the office extension is, rather than send the number without it', async () => {
    const { form, el } = await mountOfficeForm();
    number(el).focus();
    await typeKeys('4255550100');
    const extension = $(el, '#extension') as HTMLInputElement;
    for (const typed of ['12a4', '12345678901']) {
      extension.focus();
      extension.select();
      await typeKeys(typed);
      await el.updateComplete;
      expect(form.checkValidity(), typed).to.equal(false);
      expect(el.validationMessage, typed).to.equal('An extension has digits only, at most 10.');
    }
    extension.select();
    await typeKeys('4321');
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('office-extension')).to.equal('4321');
  });

  it('shows a value that is no valid number as it is, and is invalid, rather than drop it', async () => {
    const fake = new FakeClient();
    const form = await fixture<HTMLFormElement>(html`
      <form><mfa-phone-editor form-field name="phone" value="+99912345678" .client=${fake.client}></mfa-phone-editor></form>
    `);
    const el = form.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
    await el.updateComplete;
    expect(number(el).value).to.equal('+99912345678');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('No country uses this code. Check the digits after the +.');
  });

  it('left, edits the authentication phone with a text chosen, as the docs say, and sends a text', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(
      html`<mfa-phone-editor form-field phone-slot="mobile" default-country="US" .client=${fake.client}></mfa-phone-editor>`,
    );
    await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
    // The host takes the element out of form mode: it shows the phone and lets the user change it.
    el.formField = false;
    await waitUntil(() => fake.callsOf('getSettings').length, 'the settings are asked for');
    fake.last('getSettings').resolve({
      phones: [],
      policy: { allowedMethods: ['text-mobile', 'call-mobile', 'call-office'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#edit'), 'the summary shows');
    $(el, '#edit')!.click();
    await waitUntil(() => $(el, 'input[name="channel"]'), 'the choice of a text or a call shows', { timeout: 5000 });
    const checked = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="channel"]:checked');
    expect(checked?.value, 'the radio the user sees checked').to.equal('text');
    number(el).focus();
    await typeKeys('2015550123');
    $(el, '#send')!.click();
    await waitUntil(() => fake.callsOf('startPhoneVerification').length, 'the code is asked for');
    expect(fake.last('startPhoneVerification').args).to.deep.equal(['mobile', { number: '+12015550123', channel: 'text' }]);
  });

  describe('caret while typing and deleting through the formatting', () => {
    it('keeps the caret after the typed digit and deletes through a parenthesis', async () => {
      const { el } = await mountForm();
      await chooseCountry(el, 'US');
      const input = number(el);
      input.focus();
      await typeKeys('2015550123');
      await el.updateComplete;
      expect(input.value).to.equal('(201) 555-0123');
      // Caret after "(201) " → type 9 in the middle.
      input.setSelectionRange(6, 6);
      await typeKeys('9');
      expect(input.value.replace(/\D/g, '')).to.equal('20195550123');
      expect(input.value.slice(0, input.selectionStart!).replace(/\D/g, '')).to.equal('2019');
      await sendKeys({ press: 'Backspace' });
      expect(input.value).to.equal('(201) 555-0123');
      expect(input.value.slice(0, input.selectionStart!).replace(/\D/g, '')).to.equal('201');
      // Caret right after ")": Backspace removes the ")" and so the "1" before it.
      input.setSelectionRange(5, 5);
      await sendKeys({ press: 'Backspace' });
      expect(input.value.replace(/\D/g, '')).to.equal('205550123');
      expect(input.value.slice(0, input.selectionStart!).replace(/\D/g, '')).to.equal('20');
    });

    it('takes the number out of pasted text and says so', async () => {
      const { el, form } = await mountForm();
      const input = number(el);
      input.focus();
      input.value = 'Call me on +44 7400 123456 please';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      await el.updateComplete;
      expect(input.value).to.equal('+44 7400 123456');
      expect($(el, '#number-notice')!.textContent).to.equal(
        'We took the phone number out of the pasted text. Check it before sending.',
      );
      expect(new FormData(form).get('phone')).to.equal('+447400123456');
    });
  });

  describe('example numbers typed key by key through the keyboard (a sample of regions)', () => {
    const sample = ['US', 'GB', 'FR', 'DE', 'CN', 'JP', 'IN', 'BR', 'RU', 'AU', 'SA', 'EG', 'IL', 'MX', 'NG', 'KR'];
    for (const region of sample) {
      it(region, async () => {
        const { el, form } = await mountForm();
        await chooseCountry(el, region);
        const national = (examples as Record<string, string>)[region]!;
        number(el).focus();
        await typeKeys(national);
        await el.updateComplete;
        expect(number(el).value.replace(/\D/g, '')).to.equal(national);
        expect(new FormData(form).get('phone')).to.equal(`+${getCountryCallingCode(region as 'US')}${national}`);
        expect(form.checkValidity()).to.equal(true);
      });
    }
  });
});
