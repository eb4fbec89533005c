import { expect } from '@open-wc/testing';
import { type Manifest, argTypesOf } from '../.storybook/arg-types.js';

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
