import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/code-input/code-input.js';
import '../src/components/provider/provider.js';
import { hostStrings } from './support/host-strings.js';

interface Args {
  length: number;
  label: string;
  error: string;
  disabled: boolean;
  autoSubmit: boolean;
  /** Unset: the toolbar's locale. */
  locale?: string;
}

/**
 * `<mfa-code-input>`: one field for a one-time code. Paste "123 456", "123-456", full-width or
 * Arabic-Indic digits: they become the code; letters are refused with a message.
 */
const meta: Meta<Args> = {
  title: 'Elements/Code input',
  component: 'mfa-code-input',
  argTypes: { locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] } },
  args: { length: 6, label: '', error: '', disabled: false, autoSubmit: false },
  render: (args) => html`
    <mfa-provider locale=${ifDefined(args.locale)} .strings=${hostStrings()}>
      <mfa-code-input
        length=${args.length}
        label=${ifDefined(args.label || undefined)}
        .error=${args.error || undefined}
        ?disabled=${args.disabled}
        ?auto-submit=${args.autoSubmit}
      ></mfa-code-input>
    </mfa-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = { parameters: { expected: { shows: ['input'] } } };
export const EightDigits: Story = { parameters: { expected: { shows: ['label', 'input'], text: /authenticator app/ } }, args: { length: 8, label: 'Code from your authenticator app' } };
export const WrongCode: Story = { parameters: { expected: { shows: ['error'] } }, args: { error: 'That code is not right. You have 4 more tries.' } };
export const Disabled: Story = { parameters: { expected: { visible: 'input:disabled' } }, args: { disabled: true } };
export const AutoSubmit: Story = { parameters: { expected: { shows: ['input'] } }, args: { autoSubmit: true } };
/** Types into the field as a user would (the browser puts the text in, then fires `input`). */
function typeInto(canvas: HTMLElement, text: string): void {
  const field = canvas.querySelector('mfa-code-input')?.shadowRoot?.querySelector('input');
  if (!field) return;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
}

/** Letters typed among the digits: they are left out, and the field says why. */
export const LettersRefused: Story = { parameters: { expected: { shows: ['notice'] } }, play: ({ canvasElement }) => typeInto(canvasElement, '12a4') };
/** A pasted code with one digit too many: the extra is left out, and the field says so. */
export const TooManyDigits: Story = { parameters: { expected: { shows: ['notice'] } }, play: ({ canvasElement }) => typeInto(canvasElement, '1234567') };
/** Every digit is in: `:state(complete)` can style it. */
export const Complete: Story = {
  parameters: { expected: { shows: ['input'] } },
  play: async ({ canvasElement }) => {
    typeInto(canvasElement, '123456');
    const el = canvasElement.querySelector('mfa-code-input')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    if (!el.matches(':state(complete)')) throw new Error('the code input is not in its complete state');
  },
};
export const SimplifiedChinese: Story = { parameters: { expected: { shows: ['input'], script: 'Han' } }, args: { locale: 'zh-CN' } };
export const RightToLeft: Story = { parameters: { expected: { shows: ['input'], dir: 'rtl' } }, args: { locale: 'ar' } };

/** Inside a form: the code is submitted under its name; an incomplete code blocks submission. */
export const InAForm: Story = {
  parameters: { expected: { shows: ['input'] } },
  render: () => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.value = `otp=${new FormData(e.target as HTMLFormElement).get('otp')}`;
      }}
    >
      <mfa-code-input name="otp" required></mfa-code-input>
      <button>Submit</button>
      <output></output>
    </form>
  `,
};
