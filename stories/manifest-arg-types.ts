/**
 * Storybook arg types from `custom-elements.json`, for Storybook's controls and Docs tables and for
 * the workbench's controls. Storybook's own reader lists an attribute twice (`hide-context` and
 * `hideContext`), keys parts, properties and attributes in one namespace (the `error` part hides
 * the `error` property), and leaves union types (`'card' | 'pull' | 'compact'`) as an object
 * control that URL args cannot set. Here each attribute is one arg, keyed by its property (what a
 * story's `render` reads), and typed so Storybook picks the control and maps URL args.
 */
import type { ArgTypes, InputType, SBType } from 'storybook/internal/types';

export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

export interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: (Typed & { fieldName?: string })[];
  members?: (Typed & { kind: string; static?: boolean; privacy?: string; readonly?: boolean })[];
  events?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
  cssProperties?: (Typed & { syntax?: string })[];
}

export function declarationOf(manifest: Manifest | undefined, tagName: string): Declaration | undefined {
  return manifest?.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
}

/** `'a' | 'b'` → `['a', 'b']`; undefined when the type is not a union of string literals. */
export function literalUnion(text: string): string[] | undefined {
  const parts = text.split('|').map((part) => part.trim());
  const values = parts.map((part) => /^'([^']*)'$|^"([^"]*)"$/.exec(part)).map((match) => (match ? (match[1] ?? match[2]) : undefined));
  return values.length > 1 && values.every((value) => value !== undefined) ? (values as string[]) : undefined;
}

function sbType(text: string | undefined): SBType {
  const plain = (text ?? '').split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null').join(' | ');
  const values = literalUnion(plain);
  if (values) return { name: 'enum', value: values };
  if (plain === 'string' || plain === 'boolean' || plain === 'number') return { name: plain };
  return { name: 'other', value: plain || 'unknown' };
}

function control(type: SBType, typeText: string): InputType['control'] {
  if (type.name === 'enum') return { type: type.value.length <= 4 ? 'inline-radio' : 'select' };
  if (type.name === 'boolean') return { type: 'boolean' };
  if (type.name === 'number') return { type: 'number' };
  if (type.name === 'string') return { type: 'text' };
  if (/^Date\b/.test(typeText)) return { type: 'date' };
  return { type: 'object' };
}

const eventArg = (name: string) => `on${name.replace(/(?:^|[-_:.])(\w)/g, (_, c: string) => c.toUpperCase())}`;

/** The arg types of one element; `{}` when the manifest does not have it. */
export function argTypesFromManifest(manifest: Manifest | undefined, tagName: string): ArgTypes {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const argTypes: ArgTypes = {};
  const attributeFields = new Set<string>();
  for (const attribute of declaration.attributes ?? []) {
    const key = attribute.fieldName ?? attribute.name;
    attributeFields.add(key);
    const type = sbType(attribute.type?.text);
    argTypes[key] = {
      name: attribute.name,
      description: attribute.name === key ? attribute.description : `${attribute.description ?? ''} (Property: \`${key}\`.)`.trim(),
      type: { ...type, required: false },
      control: control(type, attribute.type?.text ?? ''),
      ...(type.name === 'enum' ? { options: type.value } : {}),
      table: { category: 'attributes', type: { summary: attribute.type?.text ?? '' }, defaultValue: attribute.default ? { summary: attribute.default } : undefined },
    };
  }
  for (const member of declaration.members ?? []) {
    if (member.kind !== 'field' || member.static || (member.privacy && member.privacy !== 'public') || attributeFields.has(member.name)) continue;
    const type = sbType(member.type?.text);
    argTypes[member.name] = {
      name: member.name,
      description: member.readonly ? `${member.description ?? ''} Read-only.`.trim() : member.description,
      type: { ...type, required: false },
      control: member.readonly ? false : control(type, member.type?.text ?? ''),
      table: { category: 'properties', type: { summary: member.type?.text ?? '' } },
    };
  }
  // Documentation only (no control): keyed apart from the args above, so a part named `error` and the `error` property both show.
  for (const event of declaration.events ?? []) {
    argTypes[eventArg(event.name)] = { name: event.name, description: event.description, action: event.name, control: false, table: { category: 'events' } };
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name || 'default'}`] = { name: slot.name || '(default)', description: slot.description, control: false, table: { category: 'slots' } };
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = { name: part.name, description: part.description, control: false, table: { category: 'css shadow parts' } };
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[property.name] = {
      name: property.name,
      description: property.description,
      control: false,
      table: { category: 'css custom properties', defaultValue: property.default ? { summary: property.default } : undefined },
    };
  }
  return argTypes;
}
