import { type TemplateResult, html } from 'lit';
import type { Localizer } from './localize.js';

/**
 * A number the endpoint masked (`+1 ••• ••• ••67`) as screen readers should say it: "+1 ending in
 * 67", rather than one "bullet" per hidden digit. A number with nothing masked stays as it is.
 */
export function spokenNumber(l: Localizer, masked: string): string {
  const at = masked.indexOf('•');
  return at < 0 ? masked : l.format('maskedNumberSpoken', masked.slice(0, at).replace(/\D+$/, ''), /\d*$/.exec(masked)![0]);
}

/** A masked number, left to right whatever the page's direction: shown as it is, said in words. */
export const renderMaskedNumber = (l: Localizer, masked: string): TemplateResult =>
  html`<span class="ltr"><span aria-hidden="true">${masked}</span><span class="visually-hidden">${spokenNumber(l, masked)}</span></span>`;
