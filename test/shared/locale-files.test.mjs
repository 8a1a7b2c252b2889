// The language files (src/shared/locales/*.json) against the English strings: every key, no
// stray key, the same {placeholders}, plural forms the language has, and no string left in
// English unless it is the same word in that language (listed below).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { localeFor } from '../../dist/shared/i18n.js';
// Each widget's own English strings (src/<widget>/strings.ts) join the common ones when its module
// loads, and the live updates' strings when the live code loads.
import '../../dist/index.js';
import '../../dist/shared/live-controller.js';

const en = localeFor('en').strings;
const LANGUAGES = ['de', 'fr', 'uk', 'ar'];

/** Strings that read the same as English in that language (words or pure punctuation), checked by a person. */
const SAME_AS_ENGLISH = {
  de: ['matrixIssueSummary', 'errorDetails', 'listSeparator'],
  fr: ['source', 'obstacles', 'statusParties', 'listSeparator'],
  uk: ['matrixIssueSummary', 'listSeparator'],
  ar: ['matrixIssueSummary'],
};

const read = (language) => JSON.parse(readFileSync(new URL(`../../src/shared/locales/${language}.json`, import.meta.url), 'utf8'));
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** `one:…|other:…` → Map of category → text; a plain string → undefined. */
const pluralForms = (text) =>
  /^(zero|one|two|few|many|other):/.test(text) ? new Map(text.split('|').map((form) => [form.slice(0, form.indexOf(':')), form.slice(form.indexOf(':') + 1)])) : undefined;

for (const language of LANGUAGES) {
  const strings = read(language);

  test(`${language}: every English key, and no other`, () => {
    assert.deepEqual(Object.keys(strings).sort(), Object.keys(en).sort());
    for (const [key, value] of Object.entries(strings)) assert.ok(typeof value === 'string' && value.trim() !== '', `${language}.${key} is empty`);
  });

  test(`${language}: the same placeholders as English, and only the plural forms the language has`, () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(strings)) {
      const english = placeholders(en[key]).filter((name, i, all) => all.indexOf(name) === i);
      const forms = pluralForms(value);
      if (!forms) {
        assert.deepEqual(placeholders(value).filter((name, i, all) => all.indexOf(name) === i), english, `${language}.${key}: ${value}`);
        continue;
      }
      assert.ok(forms.has('other'), `${language}.${key} has no "other" form`);
      for (const [category, text] of forms) {
        assert.ok(categories.includes(category), `${language}.${key}: "${category}" is not a plural form of ${language}`);
        // A form may spell the number out ("طرف واحد"), but may not bring a placeholder English lacks.
        for (const name of placeholders(text)) assert.ok(english.includes(name), `${language}.${key} (${category}): {${name}}`);
      }
      assert.deepEqual(placeholders(forms.get('other')).filter((name, i, all) => all.indexOf(name) === i), english, `${language}.${key} (other)`);
    }
  });

  test(`${language}: nothing left in English`, () => {
    const same = Object.keys(strings).filter((key) => strings[key] === en[key]);
    assert.deepEqual(same.sort(), [...SAME_AS_ENGLISH[language]].sort());
  });
}
