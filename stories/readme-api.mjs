// The generated parts of the documentation, from the build: the README's API tables and
// docs/styling.md's parts and custom properties (from dist/custom-elements.json, itself generated
// from the elements' JSDoc), and the embed snippets of README.md and docs/embedding.md (what
// `embedCode` in dist/embed.js writes, with the built files' real `integrity` hashes).
// `npm run docs` (after `npm run build`) rewrites them; test/stories/readme-api.test.mjs fails when they drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const ORDER = ['quote-card', 'position-matrix', 'negotiation-status'];
/** The example quote of the snippets: a quote of the built-in story. */
const QUOTE = { quote: 'hegseth-nato-membership' };

const start = (name) => `<!-- generated:${name} by \`npm run docs\` from the build; do not edit -->`;
const end = (name) => `<!-- /generated:${name} -->`;

const cell = (value) => String(value ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const code = (value) => (value ? `\`${cell(value)}\`` : '');

function table(headings, rows) {
  if (rows.length === 0) return '';
  return [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
}

function elements(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return declarations.sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));
}

/** Each element's attribute, property (without attribute) and event rows, as table cells. */
function apiRows(d) {
  const attributes = d.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName));
  const properties = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !withAttribute.has(m.name));
  return {
    attributes: attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description)]),
    properties: properties.map((p) => [code(p.name), code(p.type?.text), cell(p.description) + (p.readonly ? ' Read-only.' : '')]),
    events: (d.events ?? []).map((e) => [code(e.name), cell(e.description)]),
  };
}

const HEADINGS = {
  attributes: ['Attribute', 'Property', 'Type', 'Default', 'Description'],
  properties: ['Property (no attribute)', 'Type', 'Description'],
  events: ['Event', 'Description'],
};

/**
 * The README's API: a row every element has word for word (the data-layer attributes, the story
 * properties, `nw-update`) once under "Every widget", then each element's own rows, and the names
 * of its parts and custom properties, linked to their descriptions in docs/styling.md.
 */
export function apiMarkdown(manifest) {
  const declarations = elements(manifest);
  const rows = declarations.map(apiRows);
  const key = (row) => row.join('|');
  const shared = Object.fromEntries(
    Object.keys(HEADINGS).map((kind) => [kind, new Set(rows[0][kind].map(key).filter((k) => rows.every((r) => r[kind].some((row) => key(row) === k))))]),
  );
  const sections = [
    ['### Every widget', '', ...Object.keys(HEADINGS).map((kind) => table(HEADINGS[kind], rows[0][kind].filter((row) => shared[kind].has(key(row))))).filter(Boolean)].join('\n'),
    ...declarations.map((d, i) => {
      const names = (list) => (list ?? []).map((item) => code(item.name)).join(', ');
      return [
        `### \`<${d.tagName}>\``,
        '',
        cell(d.description?.split('\n\n')[0]),
        '',
        ...Object.keys(HEADINGS).map((kind) => table(HEADINGS[kind], rows[i][kind].filter((row) => !shared[kind].has(key(row))))).filter(Boolean),
        `Parts: ${names(d.cssParts)}. CSS custom properties: ${names(d.cssProperties)}. What each does: [docs/styling.md](docs/styling.md#${d.tagName}).`,
        '',
      ].join('\n');
    }),
  ];
  return sections.join('\n');
}

/** docs/styling.md's reference: each element's parts and CSS custom properties, described. */
export function stylingMarkdown(manifest) {
  return elements(manifest)
    .map((d) =>
      [
        `### \`<${d.tagName}>\``,
        '',
        table(['Part', 'Description'], (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
        table(['CSS custom property', 'Default', 'Description'], (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)])),
      ].join('\n'),
    )
    .join('\n');
}

const fence = (language, text) => `\`\`\`${language}\n${text}\n\`\`\``;

/** The generated blocks of each document, given the manifest and dist/embed.js. */
export function blocks(manifest, embed) {
  const scriptTag = fence('html', embed.embedCode('quote-card', { attributes: QUOTE }));
  const iframe = fence(
    'html',
    embed.embedCode('quote-card', { variant: 'iframe', baseUrl: `https://www.example.com/negotiation-widgets/${embed.VERSION}/`, attributes: { ...QUOTE, theme: 'dark' }, lang: 'de' }),
  );
  return {
    'README.md': { 'quick-start': scriptTag, api: apiMarkdown(manifest) },
    'docs/embedding.md': { 'script-tag': scriptTag, iframe },
    'docs/styling.md': { 'parts-and-properties': stylingMarkdown(manifest) },
  };
}

/** `text` with the block `name` replaced by `content`; throws when the markers are missing. */
export function withBlock(text, name, content) {
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  if (from < 0 || to < from) throw new Error(`no generated block "${name}" (${start(name)} … ${end(name)})`);
  return `${text.slice(0, from + start(name).length)}\n${content.replace(/\n+$/, '')}\n${text.slice(to)}`;
}

/** Every generated block of `file`'s `text` rewritten. */
export function regenerate(file, text, manifest, embed) {
  return Object.entries(blocks(manifest, embed)[file] ?? {}).reduce((result, [name, content]) => withBlock(result, name, content), text);
}

/** The README with its API section replaced. */
export function withApi(readme, manifest) {
  return withBlock(readme, 'api', apiMarkdown(manifest));
}

export const FILES = ['README.md', 'docs/embedding.md', 'docs/styling.md'];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const embed = await import('../dist/embed.js');
  for (const file of FILES) writeFileSync(file, regenerate(file, readFileSync(file, 'utf8'), manifest, embed));
  console.log(`${FILES.join(', ')}: API tables and embed snippets updated from the build`);
}
