import { type TemplateResult, html } from 'lit';
import type { Localizer } from './localize.js';

/** Keeps a phone number left to right inside a sentence of any direction (U+2066 … U+2069). */
export const isolate = (number: string): string => `\u2066${number}\u2069`;

/** What stands for a hidden digit: the protocol's `•`, and the marks some endpoints use instead. */
const HIDDEN_DIGIT = /[•*●∙]/;

/**
 * A number the endpoint masked (`+1 ••• ••• ••67`) as screen readers should say it, rather than one
 * "bullet" per hidden digit: "+1 ending in 67", the digits before the first hidden one and the last
 * digits, each kept left to right inside words of the locale's direction. A number with nothing
 * hidden, or with no digits after the hidden ones, is said as it is, left to right.
 */
export function spokenNumber(l: Localizer, masked: string): string {
  const at = masked.search(HIDDEN_DIGIT);
  const end = at < 0 ? undefined : /(\d+)\D*$/.exec(masked.slice(at + 1))?.[1];
  if (!end) return isolate(masked);
  const start = masked.slice(0, at).replace(/[^\d+ ]/g, '').trim();
  return l.format('maskedNumberSpoken', start && isolate(start), isolate(end)).trim();
}

/** A masked number, left to right whatever the page's direction: shown as it is, said in words. */
export const renderMaskedNumber = (l: Localizer, masked: string): TemplateResult =>
  html`<span class="ltr"><span aria-hidden="true">${masked}</span><span class="visually-hidden">${spokenNumber(l, masked)}</span></span>`;
