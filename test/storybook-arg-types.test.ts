import { expect } from '@open-wc/testing';
import type { StoryContextForEnhancers, StrictArgTypes } from 'storybook/internal/types';
import { type Manifest, argTypesOf, controlsForStoryArgs } from '../.storybook/arg-types.js';

// An element whose entries share names across the tables, as <mfa-code-input>'s and
// <mfa-user-admin>'s do: the Docs pages must list each of them in its own table.
const manifest: Manifest = {
  modules: [
    {
      declarations: [
        {
          tagName: 'mfa-sample',
          members: [
            { kind: 'field', name: 'label', type: { text: 'string' }, description: 'The field label.' },
            { kind: 'field', name: 'users', type: { text: 'string[]' }, description: 'Who is selected.' },
            { kind: 'field', name: 'disabled', type: { text: 'boolean' }, default: 'false' },
            { kind: 'field', name: 'step', type: { text: "'phone' | 'code'" }, readonly: true },
            { kind: 'method', name: 'focus' },
          ],
          attributes: [
            { name: 'label', type: { text: 'string' }, description: 'The field label.' },
            { name: 'disabled', type: { text: 'boolean' } },
          ],
          events: [{ name: 'input', description: 'A digit typed.' }],
          slots: [{ name: 'label', description: 'Rich label content.' }],
          cssParts: [
            { name: 'label', description: 'The label element.' },
            { name: 'users', description: 'The list of users.' },
            { name: 'input', description: 'The text field.' },
          ],
          cssProperties: [{ name: '--mfa-sample-gap', default: '1rem' }],
        },
      ],
    },
  ],
};

/** Each table's rows: the names shown, per category. */
function tables(tagName: string): Record<string, string[]> {
  const rows: Record<string, string[]> = {};
  for (const argType of Object.values(argTypesOf(manifest, tagName) ?? {})) {
    const category = argType.table?.category;
    if (!category || argType.table?.disable) continue;
    rows[category] = [...(rows[category] ?? []), argType.name as string];
  }
  return rows;
}

describe('Storybook Docs tables from custom-elements.json', () => {
  it('lists every entry in its own table, whatever other entry shares its name', () => {
    expect(tables('mfa-sample')).to.deep.equal({
      // A property with an attribute of its name is one row, under attributes, as Storybook shows them.
      properties: ['users', 'step'],
      attributes: ['label', 'disabled'],
      events: ['input'],
      slots: ['label'],
      'css custom properties': ['--mfa-sample-gap'],
      'css shadow parts': ['label', 'users', 'input'],
    });
  });

  it('keeps the control with the property or attribute, not a part or slot of the same name', () => {
    const argTypes = argTypesOf(manifest, 'mfa-sample')!;
    expect(argTypes.users?.table?.category).to.equal('properties');
    expect(argTypes.users?.description).to.equal('Who is selected.');
    expect(argTypes.users?.control).to.equal(undefined);
    expect(argTypes.disabled?.type).to.deep.equal({ name: 'boolean' });
    const part = Object.values(argTypes).find((a) => a.name === 'users' && a.table?.category === 'css shadow parts');
    expect(part?.description).to.equal('The list of users.');
    expect(part?.control).to.equal(false);
    expect(argTypes.onInput?.action).to.equal('input');
  });

  it('shows a read-only property without a control: setting it would do nothing, or throw', () => {
    const argTypes = argTypesOf(manifest, 'mfa-sample')!;
    expect(argTypes.step?.table?.category).to.equal('properties');
    expect(argTypes.step?.control).to.equal(false);
  });

  it('knows nothing of an element the manifest does not declare', () => {
    expect(argTypesOf(manifest, 'mfa-unknown')).to.equal(undefined);
  });
});

describe('Storybook controls: only for what the story reads', () => {
  /** A story's argTypes after the enhancer: the manifest's rows with the story's own on top. */
  function controls(own: StrictArgTypes, initialArgs: Record<string, unknown>): Record<string, unknown> {
    const merged: StrictArgTypes = { ...argTypesOf(manifest, 'mfa-sample') } as StrictArgTypes;
    for (const [key, argType] of Object.entries(own)) merged[key] = { ...merged[key], ...argType };
    const context = { argTypes: merged, initialArgs } as unknown as StoryContextForEnhancers;
    const result = controlsForStoryArgs(context);
    return Object.fromEntries(Object.entries(result).map(([key, argType]) => [key, argType.control]));
  }

  it('gives no control to a property or attribute the story does not take, and keeps its row', () => {
    const result = controls({}, { label: 'Code' });
    expect(result.label).to.equal(undefined); // left to Storybook, which picks a text field
    expect(result.disabled).to.equal(false);
    expect(result.users).to.equal(false);
    expect(Object.keys(result)).to.include.members(['disabled', 'users', 'label']);
  });

  it('keeps the control of an argument the story names as unset, and of its own arguments', () => {
    const own = {
      disabled: { name: 'disabled', control: { type: 'boolean' } },
      user: { name: 'user', control: { type: 'select' }, options: ['adele', 'ben'] },
    } as StrictArgTypes;
    const result = controls(own, { disabled: undefined });
    expect(result.disabled).to.deep.equal({ type: 'boolean' });
    expect(result.user).to.deep.equal({ type: 'select' });
  });

  it('gives no control to a part, a slot, an event or a CSS property: none is an argument', () => {
    const result = controls({}, { label: 'Code' });
    for (const key of ['label (css shadow parts)', 'label (slots)', 'input', '--mfa-sample-gap']) {
      expect(result[key], key).to.equal(false);
    }
  });

  it('types an optional property by what it is when set, so a text field edits a string', () => {
    const optional: Manifest = {
      modules: [{ declarations: [{ tagName: 'mfa-optional', members: [{ kind: 'field', name: 'hint', type: { text: 'string | undefined' } }] }] }],
    };
    const hint = argTypesOf(optional, 'mfa-optional')?.hint;
    expect(hint?.type).to.deep.equal({ name: 'string' });
    expect(hint?.table?.type?.summary).to.equal('string | undefined');
  });
});
