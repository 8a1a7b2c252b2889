import { expect } from '@open-wc/testing';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import { buildQuoteModel, copyText, initialsOf, partyInitials, roleNamesParty } from '../../src/quote-card/quote-model.js';
import { localeFor } from '../../src/shared/i18n.js';
import type { QuoteModel } from '../../src/quote-card/quote-model.js';
import type { Story } from '../../src/data/story.js';
import { loadAllLanguages } from '../helpers.js';
import type { QUOTE_STRINGS } from '../../src/quote-card/strings.js';

// The models are tested in every language: load them all first, as widgets on such pages do.
await loadAllLanguages();

const story = getBuiltInStory()!;
const strings = localeFor<typeof QUOTE_STRINGS>('en').strings;

function model(quoteId: string | undefined, from: Story = story): QuoteModel {
  const result = buildQuoteModel(from, quoteId, strings);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function withQuote(patch: Record<string, unknown>, storyPatch: Record<string, unknown> = {}): Story {
  const copy = structuredClone(story) as Story;
  Object.assign(copy.quotes[0]!, patch);
  return Object.assign(copy, storyPatch);
}

describe('quote-model: buildQuoteModel', () => {
  it('picks the first quote when no id is given', () => {
    expect(model(undefined).id).to.equal(story.quotes[0]!.id);
    expect(model('').id).to.equal(story.quotes[0]!.id);
  });

  it('keeps every quote of the built-in story verbatim, with its speaker', () => {
    for (const quote of story.quotes) {
      const view = model(quote.id);
      const speaker = quote.speaker ? story.people.find((p) => p.id === quote.speaker)!.name : story.parties.find((p) => p.id === quote.party)!.name;
      expect([view.id, view.text, view.attribution.name, view.language]).to.deep.equal([quote.id, quote.text, speaker, story.language]);
      // Verbatim; framing that starts mid-sentence gets a leading ellipsis.
      expect(view.context?.replace(/^…(?=\p{Ll})/u, '')).to.equal(quote.context);
      expect(view.contextAfter).to.equal(quote.contextAfter);
    }
  });

  const cases: [string, string, Partial<QuoteModel> & { attribution?: Partial<QuoteModel['attribution']> }][] = [
    [
      'a person with role, party, date and venue',
      'trump-we-discussed',
      { date: '2025-02-12', venue: 'on Truth Social', attribution: { kind: 'person', name: 'Donald Trump', role: 'US president', initials: 'DT' } },
    ],
    [
      'a fragment with the article’s words before and after it',
      'trump-productive-call',
      {
        context: 'On Wednesday, US President Donald Trump announced that he held a',
        text: 'lengthy and highly productive',
        contextAfter: 'telephone call with Russian President Vladimir Putin.',
        needsContext: true,
      },
    ],
    ['words that stand alone', 'trump-we-discussed', { needsContext: false }],
    [
      'framing that starts mid-sentence, marked as an excerpt',
      'moscow-pure-fiction',
      { context: '…earlier there were reports that Trump as president-elect had a call with the Russian leader and discussed peace. However, Moscow denied that this call ever happened, terming it as' },
    ],
    ['words attributed to a government', 'moscow-pure-fiction', { attribution: { kind: 'party', name: 'Russia', initials: 'R' } }],
    ['a quote about issues', 'hegseth-nato-membership', { issues: [{ id: 'nato-membership', title: 'NATO membership' }] }],
    ['a quote about no issue', 'rubio-stalemate', { issues: [] }],
  ];
  for (const [name, id, expected] of cases) {
    it(`models ${name}`, () => {
      const view = model(id);
      const { attribution, ...rest } = expected;
      for (const [key, value] of Object.entries(rest)) expect(view[key as keyof QuoteModel], key).to.deep.equal(value);
      if (attribution) expect(view.attribution).to.deep.equal(attribution);
    });
  }

  const sources: [string, Story, QuoteModel['cite'], QuoteModel['source']][] = [
    ['no source at all', withQuote({}, { source: undefined }), undefined, undefined],
    ['the quote’s own URL', withQuote({ sourceUrl: 'https://www.example.org/a?b=1' }), 'https://www.example.org/a?b=1', { url: 'https://www.example.org/a?b=1', label: 'example.org' }],
    ['the story’s source', withQuote({}, { source: { name: 'The Paper', url: 'https://paper.example/x' } }), undefined, { url: 'https://paper.example/x', label: 'The Paper' }],
    ['an unsafe URL (never linked)', withQuote({ sourceUrl: 'javascript:alert(1)' }, { source: { name: 'Paper', url: 'data:text/html,x' } }), undefined, undefined],
  ];
  for (const [name, input, cite, source] of sources) {
    it(`cites ${name}`, () => {
      const view = model(input.quotes[0]!.id, input);
      expect(view.cite).to.equal(cite);
      expect(view.source).to.deep.equal(source);
    });
  }

  const errors: [string, Story, string | undefined, string, string][] = [
    ['an unknown quote id', story, 'nope', 'not-found', `No quote "nope" in story "${story.id}".`],
    ['a story without quotes', { ...story, id: 'empty', quotes: [] }, undefined, 'missing-part', 'Story "empty" has no quotes.'],
    ['an unknown speaker', withQuote({ speaker: 'ghost' }), story.quotes[0]!.id, 'not-found', `No speaker "ghost" in story "${story.id}".`],
    ['an unknown party', withQuote({ speaker: undefined, party: 'atlantis' }), story.quotes[0]!.id, 'not-found', `No speaker "atlantis" in story "${story.id}".`],
  ];
  for (const [name, input, id, code, message] of errors) {
    it(`reports ${name}, naming the id and the story`, () => {
      const result = buildQuoteModel(input, id, strings);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect([result.error.code, result.error.message]).to.deep.equal([code, message]);
    });
  }

  it('words its errors in the page language', () => {
    const result = buildQuoteModel(story, 'nope', localeFor<typeof QUOTE_STRINGS>('de').strings);
    expect(!result.ok && result.error.message).to.equal(`Kein Zitat „nope“ in der Geschichte „${story.id}“.`);
  });
});

describe('quote-model: initials', () => {
  const names: [string, string][] = [
    ['Donald Trump', 'DT'],
    ['Volodymyr Zelenskyy', 'VZ'],
    ['Kaja Kallas', 'KK'],
    ['Madonna', 'M'],
    ['Jean-Yves Le Drian', 'JD'],
    ['  émile   zola ', 'ÉZ'],
    ['Володимир Зеленський', 'ВЗ'],
    ['', ''],
  ];
  for (const [name, initials] of names) {
    it(`"${name}" → "${initials}"`, () => expect(initialsOf(name)).to.equal(initials));
  }

  const parties: [string, string, string][] = [
    ['United States', 'US', 'US'],
    ['European Union', 'EU', 'EU'],
    ['Russia', 'Russia', 'R'],
    ['North Atlantic Treaty Organization', 'NATO', 'NO'],
  ];
  for (const [name, shortName, initials] of parties) {
    it(`party ${name} (${shortName}) → "${initials}"`, () => expect(partyInitials({ name, shortName })).to.equal(initials));
  }
});

describe('quote-model: copyText', () => {
  const cases: [string, string, Story, string][] = [
    [
      'en',
      'trump-we-discussed',
      withQuote({}, { source: undefined }),
      '“We discussed Ukraine, the Middle East, Energy, Artificial Intelligence, the power of the dollar, and various other subjects.” — Donald Trump, US president, 12 February 2025, on Truth Social',
    ],
    [
      'de',
      'trump-productive-call',
      withQuote({}, { source: undefined }),
      'On Wednesday, US President Donald Trump announced that he held a „lengthy and highly productive“ telephone call with Russian President Vladimir Putin. — Donald Trump, US president, 12. Februar 2025',
    ],
    [
      'en',
      'moscow-pure-fiction',
      withQuote({}, { source: undefined }),
      '…earlier there were reports that Trump as president-elect had a call with the Russian leader and discussed peace. However, Moscow denied that this call ever happened, terming it as “pure fiction” — Russia',
    ],
    [
      'en',
      'peskov-root-cause',
      withQuote({}, { source: undefined }),
      'Confirming the call, the Kremlin said that the two leaders spoke for nearly 90 minutes. Kremlin spokesman Dmitry Peskov told reporters that Putin “mentioned the need to eliminate the root cause of the conflict and agreed with Trump that a long-term settlement can be achieved through peaceful negotiations. The Russian president also supported one of the main theses of the American head of state that the time has come for our countries to work together.” — Dmitry Peskov, Kremlin spokesman',
    ],
    [
      'fr',
      'rubio-stalemate',
      withQuote({ sourceUrl: 'https://example.org/rubio' }),
      'US Secretary of State Marco Rubio called the Russia-Ukraine war «\u202fa stalemate… a protracted and bloody conflict\u202f» that needed to end. — Marco Rubio, US secretary of state, 21 janvier 2025\nhttps://example.org/rubio',
    ],
  ];
  for (const [lang, id, input, expected] of cases) {
    it(`${id} in ${lang}`, () => {
      expect(copyText(model(id, input), localeFor(lang))).to.equal(expected);
    });
  }

  it('carries the article’s words around every quote that needs them, and only those', () => {
    const en = localeFor('en');
    for (const quote of story.quotes) {
      const copied = copyText(model(quote.id), en);
      for (const framing of [quote.context, quote.contextAfter]) {
        if (framing) expect(copied.includes(framing), `${quote.id}: ${copied}`).to.equal(quote.needsContext === true);
      }
    }
    expect(story.quotes.filter((q) => q.needsContext).length).to.be.greaterThan(8);
  });

  it('a story’s needsContext decides; unset, words that start mid-sentence need their context', () => {
    const en = localeFor('en');
    const fragment = withQuote({ text: 'pure fiction', context: 'Moscow called it', needsContext: undefined });
    expect(copyText(model(fragment.quotes[0]!.id, fragment), en)).to.match(/^Moscow called it “pure fiction”/);
    const sentence = withQuote({ text: 'Peace is near.', context: 'He said', needsContext: undefined });
    expect(copyText(model(sentence.quotes[0]!.id, sentence), en)).to.match(/^“Peace is near\.”/);
    const marked = withQuote({ text: 'Peace is near.', context: 'Of the talks, he said', needsContext: true });
    expect(copyText(model(marked.quotes[0]!.id, marked), en)).to.match(/^Of the talks, he said “Peace is near\.”/);
  });
});

describe('roleNamesParty: the party follows the role only when the role does not name it', () => {
  const cases: [string, string, string, boolean][] = [
    ['US President', 'United States', 'US', true],
    ['US Secretary of State', 'United States', 'US', true],
    ['Defence Secretary', 'United States', 'US', false],
    ['US defence secretary', 'United States', 'US', true],
    ['German foreign minister', 'Germany', 'Germany', true],
    ['Ukrainian president', 'Ukraine', 'Ukraine', true],
    ['campaign for us all', 'United States', 'US', false],
    ['Secretary of the United States Navy', 'United States', 'US', true],
    ['Ukrainian President', 'Ukraine', 'Ukraine', true],
    ['Russian spokesperson', 'Russia', 'Russia', true],
    ['Kremlin spokesman', 'Russia', 'Russia', false],
    ['German Foreign Minister', 'Germany', 'Germany', true],
    ['EU chief diplomat', 'European Union', 'EU', true],
    ['European Commission President', 'European Union', 'EU', false],
    ['French President', 'France', 'France', false],
    ['head of Kyiv’s presidential office', 'Ukraine', 'Ukraine', false],
  ];
  for (const [role, name, shortName, names] of cases) {
    it(`"${role}" ${names ? 'names' : 'does not name'} ${shortName}`, () => expect(roleNamesParty(role, { name, shortName })).to.equal(names));
  }
});
