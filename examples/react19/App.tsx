// React 19 renders custom elements natively: properties are set as properties, and
// `on<event-name>` props add event listeners. `mfa-elements/jsx` types both for every element.
import type {} from 'mfa-elements/jsx';
import 'mfa-elements/provider';
import 'mfa-elements/method-picker';
import type { MfaMethodChangeEvent } from 'mfa-elements/method-picker';
import { useState } from 'react';

// Your page carries the session's CSRF token (here in a meta tag); every change request sends it.
const headers = () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '' });

export function App({ endpoint }: { endpoint: string }) {
  const [saved, setSaved] = useState<string>();
  // Typed from the event class: `event.detail.method` is a `MethodId`.
  const onChange = (event: MfaMethodChangeEvent) => setSaved(event.detail.method);
  return (
    <mfa-provider endpoint={endpoint} theme="auto" headers={headers} strings={{ en: { save: 'Save my choice' } }}>
      <mfa-method-picker onmfa-method-change={onChange} onmfa-error={(event) => console.warn(event.detail.code)} />
      <p id="saved">{saved ? `New default method: ${saved}` : ''}</p>
    </mfa-provider>
  );
}
