/**
 * What the phone editor's fields say of a problem, shared by the fields (`PhoneDraft.renderFields`)
 * and form mode's validity message.
 */
import { type Localizer, keyOf } from '../../core/localize.js';
import type { PhoneProblem } from './phone-format.js';

/** What the field says of a problem: each has its string, `phoneProblem` and the problem in PascalCase. */
export function problemMessage(t: Localizer, problem: PhoneProblem, region: string): string {
  if (problem === 'invalid-for-region') return t.format('phoneProblemInvalidForRegion', t.regionName(region));
  return t.term(keyOf('phoneProblem', problem));
}
