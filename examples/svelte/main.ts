// Svelte 5. App.svelte is the usual form (svelte-check reads `mfa-elements/svelte`); this file
// checks the same typings with plain `tsc`: what App.svelte may write on each tag.
import type {} from 'mfa-elements/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

type MethodPickerAttributes = SvelteHTMLElements['mfa-method-picker'];
type ProviderAttributes = SvelteHTMLElements['mfa-provider'];

const headers = () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '' });
export const provider: ProviderAttributes = { endpoint: '/api/mfa', theme: 'auto', headers };

export function methodPicker(onSaved: (method: string) => void): MethodPickerAttributes {
  // `event` is an MfaMethodChangeEvent: `event.detail.method` is a `MethodId`.
  return { 'onmfa-method-change': (event) => onSaved(event.detail.method) };
}
