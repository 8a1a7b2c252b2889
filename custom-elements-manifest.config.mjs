// `cem analyze` reads this file by itself. The manifest is the elements' public contract: IDEs,
// the README's API tables, the workbench's Docs tab and Storybook's controls all read it, so it
// documents only what a user can touch, with types a tool can act on.

/**
 * Drops private and protected members (internal state, handlers, the data layer's internals) from
 * every class: they are not API, and Storybook would turn each into a control. The analyzer reads
 * `static properties` entries with `state: true` as attributes, and marks the others
 * `privacy: "public"`: drops those attributes, and the mark (public is the default).
 */
function publicApiOnly() {
  return {
    name: 'nw-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          const hidden = new Set(declaration.members.filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name));
          declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          for (const member of declaration.members) delete member.privacy;
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    },
  };
}

/**
 * Writes named string-literal unions out (`QuoteCardLayout` → `'card' | 'pull' | 'compact'`) and
 * drops `undefined` from attribute types (an attribute is a string or absent): a reader sees the
 * values without looking up the alias, and Storybook can map each to a select and read URL args.
 */
function literalUnionTypes() {
  const aliases = new Map();
  return {
    name: 'nw-literal-union-types',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const literals = node.type.types.filter((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)).map((t) => `'${t.literal.text}'`);
      if (literals.length === node.type.types.length) aliases.set(node.name.text, literals.join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (text, { dropUndefined }) =>
        text
          .split('|')
          .map((part) => part.trim())
          .filter((part) => !(dropUndefined && part === 'undefined'))
          .map((part) => aliases.get(part) ?? part)
          .join(' | ');
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const member of declaration.members ?? []) {
            if (member.kind === 'field' && member.type?.text) member.type.text = expand(member.type.text, { dropUndefined: false });
          }
          for (const attribute of declaration.attributes ?? []) {
            // A copy: the analyzer shares one type object between an attribute and its field.
            if (attribute.type?.text) attribute.type = { ...attribute.type, text: expand(attribute.type.text, { dropUndefined: true }) };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicApiOnly(), literalUnionTypes()],
};
