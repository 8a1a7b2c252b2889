import { expect, fixture, html } from '@open-wc/testing';
import { addEnglish, fillParts, localeFor, pageLanguage, format, stringsFrom } from '../../src/shared/i18n.js';
import { QUOTE_STRINGS } from '../../src/quote-card/strings.js';
import { MATRIX_STRINGS } from '../../src/position-matrix/strings.js';
import { STATUS_STRINGS } from '../../src/negotiation-status/strings.js';
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
    // Each widget's English strings join the common ones when its model loads: here, all three.
    for (const strings of [QUOTE_STRINGS, MATRIX_STRINGS, STATUS_STRINGS]) addEnglish(strings);
    const keys = Object.keys(localeFor('en').strings).sort();
    expect(keys).to.include.members(['loading', 'copyQuote', 'matrixSummary', 'statusQuote']);
    for (const tag of ['de', 'fr', 'uk', 'ar']) {
      const strings = localeFor(tag).strings;
      // A string a language's file lacks shows in English (its prototype); none is empty.
      for (const key of keys) expect(strings[key as keyof typeof strings], `${tag}.${key}`).to.be.a('string').and.not.equal('');
    }
  });

  it('a language without a string shows it in English, even one a widget loaded later brings', () => {
    const strings = stringsFrom(JSON.parse('{"loading": "Wird geladen …", "close": 42, "__proto__": "x"}')) as unknown as Record<string, string>;
    expect([strings.loading, strings.errorTitle]).to.deep.equal(['Wird geladen …', 'This widget could not be shown']);
    addEnglish({ close: 'Close' });
    expect(strings.close).to.equal('Close');
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

describe('filling strings (format, fillParts): the one helper', () => {
  describe('picks the plural variant for n, and writes n in the locale\'s digits', () => {
    const cases: [string, string, number, string][] = [
      ['en', 'one:{n} party|other:{n} parties', 1, '1 party'],
      ['en', 'one:{n} party|other:{n} parties', 6, '6 parties'],
      ['en', 'one:And {n} more change|other:And {n} more changes', 1200, 'And 1,200 more changes'],
      ['en', '{n} unclear', 2, '2 unclear'],
      ['uk', 'one:{n} сторона|few:{n} сторони|many:{n} сторін|other:{n} сторони', 3, '3 сторони'],
      ['uk', 'one:{n} сторона|few:{n} сторони|many:{n} сторін|other:{n} сторони', 6, '6 сторін'],
      ['de', 'one:{n} Thema|other:{n} Themen', 1, '1 Thema'],
      ['de', 'one:{n} Thema|other:{n} Themen', 1085, '1.085 Themen'],
    ];
    for (const [tag, template, n, expected] of cases) {
      it(`${tag}: ${n} → ${expected}`, () => expect(format(template, { n }, localeFor(tag))).to.equal(expected));
    }
  });

  it('writes numbers as they are without a locale', () => {
    expect(format('{n} of {m}', { n: 1085, m: 2 })).to.equal('1085 of 2');
  });

  describe('fillParts keeps the values as given, for templates', () => {
    const cases: [string, Record<string, number>, (string | number)[]][] = [
      ['{party} on {issue}', { party: 1, issue: 2 }, [1, ' on ', 2]],
      ['{party}: {issue}', { party: 1, issue: 2 }, [1, ': ', 2]],
      ['{unknown}!', {}, ['{unknown}', '!']],
    ];
    for (const [template, values, expected] of cases) {
      it(template, () => expect(fillParts(template, values)).to.deep.equal(expected));
    }
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
