// Angular 21: a standalone component. CUSTOM_ELEMENTS_SCHEMA lets the template use `mfa-*` tags;
// `[prop]` bindings set properties and `(mfa-…)` bindings listen to the elements' events.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import 'mfa-elements/provider';
import 'mfa-elements/method-picker';
import type { MfaMethodChangeEvent } from 'mfa-elements/method-picker';
import type { StringOverrides } from 'mfa-elements/core';

@Component({
  selector: 'app-security',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <mfa-provider endpoint="/api/mfa" theme="auto" [strings]="strings" [headers]="headers">
      <mfa-method-picker (mfa-method-change)="onChange($event)"></mfa-method-picker>
      <p>{{ saved() ? 'New default method: ' + saved() : '' }}</p>
    </mfa-provider>
  `,
})
export class SecurityComponent {
  readonly strings: StringOverrides = { en: { save: 'Save my choice' } };
  // Your page carries the session's CSRF token (here in a meta tag); every change request sends it.
  readonly headers = () => ({ 'X-CSRF-Token': document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '' });
  readonly saved = signal<string | undefined>(undefined);

  // Angular passes the DOM event: typed here from the event class.
  onChange(event: MfaMethodChangeEvent): void {
    this.saved.set(event.detail.method);
  }
}
