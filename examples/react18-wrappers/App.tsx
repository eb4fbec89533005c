import { useState } from 'react';
import { MethodPicker, Provider } from './wrappers.js';

// Your page carries the session's CSRF token (here in a meta tag); every change request sends it.
const headers = () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '' });

export function App({ endpoint }: { endpoint: string }) {
  const [saved, setSaved] = useState<string>();
  return (
    <Provider endpoint={endpoint} theme="auto" headers={headers}>
      {/* `event` is an MfaMethodChangeEvent: `detail.method` is typed. */}
      <MethodPicker onMethodChange={(event) => setSaved(event.detail.method)} onError={(event) => console.warn(event.detail.code)} />
      <p id="saved">{saved ? `New default method: ${saved}` : ''}</p>
    </Provider>
  );
}
