import { expect, fixture, html } from '@open-wc/testing';
import { localeFor, pageLanguage, format } from '../../src/shared/i18n.js';
import { formatNumber, formatPartialDate, formatRelativeDays, quoted } from '../../src/shared/format.js';
import { loadAllLanguages } from '../helpers.js';

// The models are tested in every language: load them all first, as widgets on such pages do.
await loadAllLanguages();

describe('locales', () => {
  const cases: [string | undefined, string, string][] = [
    [undefined, 'en', 'en'],
    ['', 'en', 'en'],
    ['en', 'en', 'en'],
    ['en-US', 'en', 'en-US'],
    ['de', 'de', 'de'],
    ['de-AT', 'de', 'de-AT'],
    ['fr-CA', 'fr', 'fr-CA'],
    ['uk', 'uk', 'uk'],
    ['ar-EG', 'ar', 'ar-EG'],
    ['pt-BR', 'en', 'en'],
    ['not a tag!', 'en', 'en'],
  ];
  for (const [tag, language, intlTag] of cases) {
    it(`"${tag}" uses ${language} strings and ${intlTag} formats`, () => {
      const locale = localeFor(tag);
      expect([locale.language, locale.tag]).to.deep.equal([language, intlTag]);
    });
  }

  it('every language has every string', () => {
    const keys = Object.keys(localeFor('en').strings).sort();
    for (const tag of ['de', 'fr', 'uk', 'ar']) {
      const strings = localeFor(tag).strings;
      expect(Object.keys(strings).sort(), tag).to.deep.equal(keys);
      for (const key of keys) expect(strings[key as keyof typeof strings], `${tag}.${key}`).to.not.equal('');
    }
  });

  it('reads the nearest [lang], across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="de"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('b');
    root.append(inner);
    expect(pageLanguage(inner)).to.equal('de');
    inner.setAttribute('lang', 'fr');
    expect(pageLanguage(inner)).to.equal('fr');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Day {n} of {x}', { n: 5 })).to.equal('Day 5 of {x}');
  });
});

describe('formatting', () => {
  it('formats partial dates at their precision in English', () => {
    const en = localeFor('en');
    expect(formatPartialDate('2025-02-12', en)).to.equal('12 February 2025');
    expect(formatPartialDate('2025-02', en)).to.equal('February 2025');
    expect(formatPartialDate('2021-06', en)).to.equal('June 2021');
    expect(formatPartialDate('2025', en)).to.equal('2025');
    expect(formatPartialDate('2025-02-12', localeFor('en-US'))).to.equal('February 12, 2025');
  });

  const months: [string, RegExp][] = [
    ['de', /^12\. Februar 2025$/],
    ['fr', /^12 février 2025$/],
    ['uk', /^12 лютого 2025/],
    ['ar', /(فبراير|شباط)/],
  ];
  for (const [tag, pattern] of months) {
    it(`formats dates in ${tag}`, () => {
      expect(formatPartialDate('2025-02-12', localeFor(tag))).to.match(pattern);
    });
  }

  it('keeps an unparseable date as given rather than guessing', () => {
    expect(formatPartialDate('sometime', localeFor('en'))).to.equal('sometime');
  });

  it('formats numbers and relative days for the locale', () => {
    expect(formatNumber(1085, localeFor('en'))).to.equal('1,085');
    expect(formatNumber(1085, localeFor('de'))).to.equal('1.085');
    expect(formatRelativeDays(2, localeFor('en'))).to.equal('in 2 days');
    expect(formatRelativeDays(3, localeFor('de'))).to.equal('in 3 Tagen');
    expect(formatRelativeDays(0, localeFor('en'))).to.equal('today');
  });

  it('uses the language’s quotation marks', () => {
    expect(quoted('x', localeFor('en'))).to.equal('“x”');
    expect(quoted('x', localeFor('de'))).to.equal('„x“');
    expect(quoted('x', localeFor('fr'))).to.equal('«\u202fx\u202f»');
    expect(quoted('x', localeFor('uk'))).to.equal('«x»');
  });
});
