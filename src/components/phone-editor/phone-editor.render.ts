/**
 * What the phone editor's fields say of a problem, shared by the fields (`PhoneDraft.renderFields`)
 * and form mode's validity message.
 */
import { type Localizer, type ParamKey, keyOf } from '../../core/localize.js';
import type { PhoneProblem } from './phone-format.js';

/**
 * What the field says of a problem: each has its string, `phoneProblem` and the problem in
 * PascalCase, given the name of the region the number is checked for (those about its length and
 * validity say it: a number typed for the wrong country is most often "too long" or "too short").
 */
export function problemMessage(t: Localizer, problem: PhoneProblem, region: string): string {
  // Typed as one of those that take the name: the others are plain words, which `format` gives as
  // they are (as it does a host's plain words for any of them).
  const key = keyOf('phoneProblem', problem) as Extract<ParamKey, `phoneProblem${string}`>;
  return t.format(key, t.regionName(region));
}
