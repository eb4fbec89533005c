import type { ArgTypes } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, SBType } from 'storybook/internal/types';

/** What this reads of a custom-elements.json (schema 2.x): the entries of its elements' tables. */
interface ManifestItem {
  name: string;
  kind?: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  readonly?: boolean;
}
type Declaration = { tagName?: string } & Partial<Record<(typeof CATEGORIES)[number][0], ManifestItem[]>>;
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The manifest's fields, as the Docs tables' categories, in Storybook's own order. */
const CATEGORIES = [
  ['members', 'properties'],
  ['attributes', 'attributes'],
  ['events', 'events'],
  ['slots', 'slots'],
  ['cssProperties', 'css custom properties'],
  ['cssParts', 'css shadow parts'],
] as const;

/**
 * The Docs tables of an element, from the manifest: every attribute, property, event, slot, CSS
 * property and part, each in its category. Storybook's own reading keys each entry by its name
 * alone, so a part named as a property (`status`, `users`), a slot as an attribute (`label`) or an
 * event as a part (`input`) left one of the two out of the tables, and the survivor took the
 * other's control. Here an attribute still stands for the property of its name (one row, with its
 * control, as Storybook shows them); any other entry whose name is taken gets a key of its own, with
 * its name shown and no control (slots, parts and the rest are not arguments a story takes), as
 * does a read-only property.
 */
export function argTypesOf(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) return undefined;
  const argTypes: ArgTypes = {};
  const categoryOf = new Map<string, string>();
  for (const [field, category] of CATEGORIES) {
    for (const item of declaration[field] ?? []) {
      if (!item?.name || item.kind === 'method') continue;
      const taken = categoryOf.get(item.name);
      const own = taken === undefined || (taken === 'properties' && category === 'attributes');
      const key = own ? item.name : `${item.name} (${category})`;
      const summary = item.type?.text;
      // As Storybook types them, so it picks the same controls (`boolean`: a switch, and so on); an
      // optional one by what it is when set (`string | undefined`: a text field, not a JSON editor).
      const set = summary?.replace(/ \| (?:undefined|null)\b/g, '');
      const type = category === 'properties' || category === 'attributes' ? set : category === 'slots' ? 'string' : 'void';
      argTypes[key] = {
        name: item.name,
        description: item.description,
        type: { name: type } as SBType,
        table: { category, type: { summary }, defaultValue: { summary: item.default } },
        // A read-only property (`step`, `validity`) is shown but has nothing a control could set.
        ...(own && !item.readonly ? {} : { control: false }),
      };
      if (own) categoryOf.set(item.name, category);
      // Storybook's action for each event (`onMfaMethodChange`), kept out of the table.
      if (category === 'events') {
        const action = `on${item.name.replace(/(?:^|[-_:.\s]+)(.)/g, (_, chr: string) => chr.toUpperCase())}`;
        argTypes[action] = { name: action, action: item.name, table: { disable: true } };
      }
    }
  }
  return argTypes;
}

/**
 * Controls only for what a story's render reads. A story names the arguments it takes in its
 * `args` (one it leaves unset as `undefined`). Every other entry of the manifest keeps its row in
 * the Docs tables, with no control: `phone-slot` beside the story's `phoneSlot`, `client` where the
 * story's provider gives the client, a part, a slot, an event or a CSS property would change nothing
 * on the canvas. Arguments a story declares that the manifest does not have (`user`, `locale`) keep
 * their controls.
 */
export const controlsForStoryArgs: ArgTypesEnhancer = ({ argTypes, initialArgs }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([key, argType]) => {
      const fromManifest = CATEGORIES.some(([, category]) => argType.table?.category === category);
      return [key, fromManifest && !(key in (initialArgs ?? {})) ? { ...argType, control: false } : argType];
    }),
  );
// After the docs' tables (from the manifest) and the story's own argTypes are put together.
controlsForStoryArgs.secondPass = true;
