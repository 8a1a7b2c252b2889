import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { getBuiltInStory } from '../../src/data/stories/index.js';
import { formatPartialDate, quoted } from '../../src/shared/format.js';
import { localeFor } from '../../src/shared/i18n.js';
import '../../src/quote-card.js';
import type { QuoteCard, NwCopyDetail } from '../../src/quote-card/quote-card.js';
import type { Story } from '../../src/data/story.js';
import type { NwErrorDetail } from '../../src/shared/story-element.js';
import { isolateEachTest } from '../helpers.js';
import type { QUOTE_STRINGS } from '../../src/quote-card/strings.js';

const story = getBuiltInStory()!;
const en = localeFor<typeof QUOTE_STRINGS>('en');
const FIXTURE = new URL('../fixtures/story.json', import.meta.url).href;
const LAYOUTS = ['card', 'pull', 'compact'] as const;

const $ = <T extends Element = HTMLElement>(el: QuoteCard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const shown = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const speakerOf = (id: string) => {
  const quote = story.quotes.find((q) => q.id === id)!;
  return quote.speaker ? story.people.find((p) => p.id === quote.speaker)! : undefined;
};

/** WCAG contrast of two CSS colours, read back through a canvas (any syntax the engine paints). */
function contrast(a: string, b: string): number {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const luminance = (color: string) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3), (v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function settled(el: QuoteCard): Promise<QuoteCard> {
  await waitUntil(() => el.loadedStory !== undefined || el.error !== undefined, 'story never settled', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

function withSource(): Story {
  const copy = structuredClone(story) as Story;
  copy.quotes[0]!.sourceUrl = 'https://example.org/rubio?ref=1';
  copy.source = { name: 'The Test Paper', url: 'https://paper.example/article' };
  return copy;
}

/** Replaces navigator.clipboard for one test. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  };
}

describe('<quote-card>', () => {
  const warnings = isolateEachTest();

  it('renders every quote of the built-in story verbatim, with the right speaker', async () => {
    for (const quote of story.quotes) {
      const el = await fixture<QuoteCard>(html`<quote-card quote=${quote.id}></quote-card>`);
      const text = $(el, 'figure > blockquote > p[part="text"]')!;
      expect(text.textContent, quote.id).to.equal(quoted(quote.text, en));
      expect(text.getAttribute('lang')).to.equal(story.language);
      const name = quote.speaker ? speakerOf(quote.id)!.name : story.parties.find((p) => p.id === quote.party)!.name;
      expect(shown($(el, 'figcaption .name')), quote.id).to.equal(name);
      if (quote.speaker) expect(shown($(el, 'figcaption .meta'))).to.contain(speakerOf(quote.id)!.role);
      else expect($(el, 'figcaption .meta'), `${quote.id}: no role for a party`).to.equal(null);
    }
  });

  it('shows the story’s first quote when no quote is named', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card></quote-card>`);
    expect(shown($(el, '[part="text"]'))).to.equal(quoted(story.quotes[0]!.text, en));
  });

  it('frames a fragment with the article’s words before and after it, outside the quotation marks', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card quote="trump-productive-call"></quote-card>`);
    const [before, after] = [...el.shadowRoot!.querySelectorAll('figure > .context')];
    expect(shown(before!)).to.equal('On Wednesday, US President Donald Trump announced that he held a');
    expect(shown(after!)).to.equal('telephone call with Russian President Vladimir Putin.');
    expect($(el, 'blockquote')!.contains(before!)).to.equal(false);
    expect(shown($(el, 'figure'))).to.contain('announced that he held a “lengthy and highly productive” telephone call with Russian President Vladimir Putin.');
    expect(shown($(el, 'blockquote'))).to.equal('“lengthy and highly productive”');
  });

  it('hide-context hides the framing of words that stand alone, never of words that need it', async () => {
    const standalone = await fixture<QuoteCard>(html`<quote-card quote="trump-we-discussed" hide-context></quote-card>`);
    expect($(standalone, '.context')).to.equal(null);
    for (const quote of story.quotes.filter((q) => q.needsContext)) {
      const el = await fixture<QuoteCard>(html`<quote-card quote=${quote.id} hide-context></quote-card>`);
      const figure = shown($(el, 'figure')).replace(/\s+/g, ' ');
      for (const framing of [quote.context, quote.contextAfter]) if (framing) expect(figure, quote.id).to.contain(framing);
    }
  });

  it('names speaker, role, party, venue and date in the figcaption', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card quote="trump-we-discussed"></quote-card>`);
    const caption = $(el, 'figure > figcaption[part="attribution"]')!;
    const time = caption.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-02-12');
    expect(time.textContent).to.equal('12 February 2025');
    expect(shown(caption)).to.contain('Donald Trump').and.contain('US president').and.contain('on Truth Social, 12 February 2025');
    expect(shown(caption)).to.not.contain('US president, US');
    // No initials avatar unless asked for: it is app furniture on a news page.
    expect($(el, '[part="avatar"]')).to.equal(null);
    el.showAvatar = true;
    await el.updateComplete;
    const avatar = $(el, '[part="avatar"]')!;
    expect([avatar.getAttribute('aria-hidden'), shown(avatar)]).to.deep.equal(['true', 'DT']);
    // The built-in story sets no party colours: the card's edge is the accent.
    expect($(el, '[part="card"]')!.style.getPropertyValue('--_party')).to.equal('');
  });

  it('takes a party colour a story gives', async () => {
    const coloured = structuredClone(story);
    coloured.parties.find((p) => p.id === 'us')!.color = '#0072b2';
    const el = await fixture<QuoteCard>(html`<quote-card quote="trump-we-discussed" .story=${coloured}></quote-card>`);
    const card = $(el, '[part="card"]')!;
    expect(card.style.getPropertyValue('--_party')).to.equal('#0072b2');
  });

  it('reads in newsroom style: "Pete Hegseth, US defence secretary"; the party follows only a role that does not name it', async () => {
    const line = async (id: string) => {
      const el = await fixture<QuoteCard>(html`<quote-card quote=${id}></quote-card>`);
      return `${shown($(el, '.name'))}, ${shown($(el, '.meta'))}`;
    };
    expect(await line('hegseth-pre-2014-borders')).to.equal('Pete Hegseth, US defence secretary');
    expect(await line('trump-way-to-peace')).to.equal('Donald Trump, US president');
    expect(await line('rubio-stalemate')).to.equal('Marco Rubio, US secretary of state');
    expect(await line('kallas-central-role')).to.equal('Kaja Kallas, EU chief diplomat');
    expect(await line('zelenskyy-security-guarantees')).to.equal('Volodymyr Zelenskyy, Ukrainian president');
    expect(await line('baerbock-peace-together')).to.equal('Annalena Baerbock, German foreign minister');
    expect(await line('peskov-root-cause')).to.equal('Dmitry Peskov, Kremlin spokesman, Russia');
    expect(await line('yermak-immediately')).to.equal('Andriy Yermak, head of Kyiv’s presidential office, Ukraine');
    // A story in the older order still gets its party: "Defence Secretary, US".
    const older = structuredClone(story);
    older.people.find((p) => p.id === 'pete-hegseth')!.role = 'Defence Secretary';
    const el = await fixture<QuoteCard>(html`<quote-card quote="hegseth-pre-2014-borders" .story=${older}></quote-card>`);
    expect(shown($(el, '.meta'))).to.equal('Defence Secretary, US');
  });

  it('keeps a date on one line', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card quote="trump-we-discussed"></quote-card>`);
    expect(getComputedStyle($(el, 'time')!).whiteSpace).to.equal('nowrap');
  });

  for (const theme of ['light', 'dark']) {
    it(`keeps the party edge at 3:1 against the card in the ${theme} theme, from the story's one colour`, async () => {
      // The EU's dark blue (#1e40af) is the weakest of the built-in colours on a dark card.
      const el = await fixture<QuoteCard>(html`<quote-card quote="kallas-central-role" theme=${theme}></quote-card>`);
      const card = $(el, '[part="card"]')!;
      const style = getComputedStyle(card);
      expect(contrast(style.borderInlineStartColor, style.backgroundColor)).to.be.at.least(3);
    });
  }

  describe('pull layout', () => {
    async function pullAt(width: number): Promise<QuoteCard> {
      const wrap = await fixture<HTMLDivElement>(html`<div style="font: 16px Georgia, serif"><quote-card layout="pull" quote="trump-work-together"></quote-card></div>`);
      wrap.style.width = `${width}px`;
      const el = wrap.querySelector('quote-card')!;
      await el.updateComplete;
      await aTimeout(0);
      return el;
    }
    const size = (el: QuoteCard) => parseFloat(getComputedStyle($(el, '.text')!).fontSize);

    it('is display type: 1.375 to 2 times the text size, growing with its container, capped', async () => {
      const narrow = size(await pullAt(288));
      const wide = size(await pullAt(672));
      const wider = size(await pullAt(1024));
      expect(narrow).to.be.within(22, 24);
      expect(wide).to.be.greaterThan(narrow);
      expect(wider).to.equal(wide);
      expect(wider).to.equal(32);
    });

    it('hangs the opening quotation mark, so the lines of words align', async () => {
      const el = await pullAt(480);
      const mark = $(el, '.text .mark')!;
      expect(mark.textContent).to.equal('“');
      const text = $(el, '.text')!;
      const range = document.createRange();
      range.selectNodeContents(Array.from(text.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')!);
      // One box per line of the words after the mark: the first line's words start where the second line's do.
      const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      expect(lines.length).to.be.greaterThan(1);
      const firstLetter = lines[0]!.left;
      expect(Math.abs(firstLetter - lines[1]!.left)).to.be.below(1);
      // The mark sits before the first letter, inside the widget, and the words share the attribution's edge.
      expect(mark.getBoundingClientRect().right).to.be.at.most(firstLetter + 0.5);
      expect(mark.getBoundingClientRect().left).to.be.at.least($(el, '.base')!.getBoundingClientRect().left - 0.5);
      expect(Math.abs(firstLetter - $(el, '.name')!.getBoundingClientRect().left)).to.be.below(1);
      // The words read as before: in quotation marks.
      expect(shown(text)).to.equal(quoted(story.quotes.find((q) => q.id === 'trump-work-together')!.text, en));
    });
  });

  it('attributes words to a government by the party alone, without a date it does not give', async () => {
    const el = await fixture<QuoteCard>(html`<quote-card quote="moscow-pure-fiction"></quote-card>`);
    expect(shown($(el, 'figcaption'))).to.equal('Russia');
    expect($(el, 'time')).to.equal(null);
  });

  it('lists the titles of the issues the quote is about', async () => {
    const quote = story.quotes.find((q) => q.issues.length > 0)!;
    const el = await fixture<QuoteCard>(html`<quote-card quote=${quote.id}></quote-card>`);
    const list = $(el, 'ul.issues')!;
    expect(list.getAttribute('aria-label')).to.equal(en.strings.issues);
    const titles = quote.issues.map((id) => story.issues.find((i) => i.id === id)!.title);
    expect(Array.from(list.querySelectorAll('li'), (li) => li.textContent)).to.deep.equal(titles);
    const none = await fixture<QuoteCard>(html`<quote-card quote=${story.quotes.find((q) => q.issues.length === 0)!.id}></quote-card>`);
    expect($(none, 'ul.issues')).to.equal(null);
  });

  it('cites and links an http(s) source, and hide-source hides the link', async () => {
    const data = withSource();
    const el = await fixture<QuoteCard>(html`<quote-card .story=${data}></quote-card>`);
    expect($(el, 'blockquote')!.getAttribute('cite')).to.equal('https://example.org/rubio?ref=1');
    const link = $<HTMLAnchorElement>(el, '.source a')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal(['https://example.org/rubio?ref=1', 'example.org']);
    el.hideSource = true;
    await el.updateComplete;
    expect($(el, '.source')).to.equal(null);
    const plain = await fixture<QuoteCard>(html`<quote-card></quote-card>`);
    expect($(plain, 'blockquote')!.hasAttribute('cite')).to.equal(false);
  });

  for (const layout of LAYOUTS) {
    it(`renders the ${layout} layout, without overflow at 240 px and 1200 px`, async () => {
      for (const width of [240, 1200]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
          <quote-card layout=${layout} quote="hegseth-pre-2014-borders"></quote-card>
        </div>`);
        const el = wrapper.querySelector('quote-card')!;
        await el.updateComplete;
        await aTimeout(0);
        const base = $(el, '[part="base"]')!;
        expect(base.classList.contains(`layout-${layout}`)).to.equal(true);
        expect(el.getAttribute('layout')).to.equal(layout);
        expect($(el, '[part="card"] figure blockquote p')).to.not.equal(null);
        expect(base.scrollWidth, `${layout} at ${width}px`).to.be.at.most(base.clientWidth + 1);
        // Only the card carries furniture (its issues and a quiet copy button); pull and compact are the words and who said them.
        expect($(el, '[part="copy-button"]')?.textContent!.trim() ?? null).to.equal(layout === 'card' ? en.strings.copyQuote : null);
        expect($(el, 'ul.issues') !== null).to.equal(layout === 'card');
      }
    });
  }

  it('copies the quote with attribution as plain text, announces it and fires nw-copy', async () => {
    let copied = '';
    const restore = stubClipboard(async (text) => {
      copied = text;
    });
    try {
      const el = await fixture<QuoteCard>(html`<quote-card quote="trump-we-discussed"></quote-card>`);
      const status = $(el, '[role="status"]')!;
      expect(shown(status)).to.equal('');
      const event = oneEvent(el, 'nw-copy') as Promise<CustomEvent<NwCopyDetail>>;
      $(el, '[part="copy-button"]')!.click();
      const { detail, bubbles, composed } = await event;
      await el.updateComplete;
      expect(detail).to.deep.equal({ storyId: story.id, quoteId: 'trump-we-discussed' });
      expect([bubbles, composed]).to.deep.equal([true, true]);
      const quote = story.quotes.find((q) => q.id === 'trump-we-discussed')!;
      expect(copied).to.equal(`“${quote.text}” — Donald Trump, US president, 12 February 2025, on Truth Social`);
      expect(shown(status)).to.equal('Copied');
    } finally {
      restore();
    }
  });

  it('falls back to a hidden textarea when the Clipboard API refuses, and says when copying fails', async () => {
    const restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const doc = document as Document & { execCommand: Document['execCommand'] };
    const original = doc.execCommand;
    let copied = '';
    let allow = true;
    doc.execCommand = (command: string) => {
      const active = document.activeElement;
      if (command === 'copy' && allow && active instanceof HTMLTextAreaElement) copied = active.value;
      return allow;
    };
    try {
      const el = await fixture<QuoteCard>(html`<quote-card .story=${withSource()}></quote-card>`);
      const event = oneEvent(el, 'nw-copy');
      $(el, '[part="copy-button"]')!.click();
      await event;
      await el.updateComplete;
      const first = story.quotes[0]!;
      expect(copied).to.equal(
        `${first.context} ${quoted(first.text, en)} ${first.contextAfter} — Marco Rubio, US secretary of state, 21 January 2025\nhttps://example.org/rubio?ref=1`,
      );
      expect(shown($(el, '[role="status"]'))).to.equal('Copied');
      expect(document.querySelector('body > textarea')).to.equal(null);
      expect(el.shadowRoot!.activeElement, 'focus back on the button').to.equal($(el, '[part="copy-button"]'));

      allow = false;
      let fired = false;
      el.addEventListener('nw-copy', () => (fired = true));
      $(el, '[part="copy-button"]')!.click();
      await waitUntil(() => shown($(el, '[role="status"]')) === 'Could not copy', 'no failure message');
      expect(fired).to.equal(false);
    } finally {
      doc.execCommand = original;
      restore();
    }
  });

  it('never cuts a quotation: every quote shows whole in every layout, at 320 px', async () => {
    for (const layout of ['card', 'pull', 'compact']) {
      for (const quote of story.quotes) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><quote-card layout=${layout} quote=${quote.id}></quote-card></div>`);
        const el = wrapper.querySelector('quote-card')!;
        await el.updateComplete;
        const text = $(el, '[part="text"]')!;
        expect(shown(text), `${layout} ${quote.id}`).to.equal(quoted(quote.text, en));
        // Nothing clipped: the words' box holds all their lines.
        expect(text.scrollHeight, `${layout} ${quote.id} clipped`).to.be.at.most(text.clientHeight + 1);
        expect(getComputedStyle(text).textOverflow).to.equal('clip');
      }
    }
  });

  it('loads a story by src', async () => {
    const data = (await (await fetch(FIXTURE)).json()) as Story;
    const el = await settled(await fixture<QuoteCard>(html`<quote-card src=${FIXTURE}></quote-card>`));
    expect(shown($(el, '[part="text"]'))).to.equal(quoted(data.quotes[0]!.text, en));
  });

  const errors: [string, () => ReturnType<typeof html>, string, string][] = [
    ['an unknown quote id', () => html`<quote-card quote="nope"></quote-card>`, 'not-found', `No quote "nope" in story "${story.id}".`],
    [
      'a story without quotes',
      () => html`<quote-card .story=${{ ...structuredClone(story), id: 'no-quotes', quotes: [], positions: [], negotiation: undefined }}></quote-card>`,
      'missing-part',
      'Story "no-quotes" has no quotes.',
    ],
    ['a data-layer error', () => html`<quote-card src="/test/fixtures/missing.json"></quote-card>`, 'http', 'HTTP 404'],
    ['an unknown story id', () => html`<quote-card story-id="nope"></quote-card>`, 'not-found', 'No built-in story "nope"'],
  ];
  for (const [name, template, code, message] of errors) {
    it(`shows ${name} in place, as nw-error and one warning`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const event = oneEvent(host, 'nw-error') as Promise<CustomEvent<NwErrorDetail>>;
      const el = await fixture<QuoteCard>(template(), { parentNode: host });
      const { detail } = await event;
      await settled(el);
      expect(detail.code).to.equal(code);
      const error = $(el, '[part~="error"]')!;
      // Readers are told what is missing, in their language; the developer detail goes to nw-error and the console.
      expect(shown(error.querySelector('strong'))).to.equal('This quote is not available.');
      const fold = error.querySelector('details')!;
      expect(fold.open).to.equal(false);
      expect(shown(fold)).to.contain(message);
      expect(detail.message).to.contain(message);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(message);
      await expect(el).to.be.accessible();
    });
  }

  it('hides light-DOM fallback once rendered, and keeps it when the data fails', async () => {
    const ok = await fixture<QuoteCard>(html`<quote-card><blockquote>Fallback quote</blockquote></quote-card>`);
    expect($(ok, 'slot')).to.equal(null);
    expect(ok.querySelector('blockquote')!.getClientRects().length).to.equal(0);
    expect($(ok, '[part="text"]')).to.not.equal(null);

    const failing = await settled(await fixture<QuoteCard>(html`<quote-card src="/test/fixtures/missing.json"><blockquote>Fallback quote</blockquote></quote-card>`));
    expect($(failing, 'slot')).to.not.equal(null);
    expect(failing.querySelector('blockquote')!.getClientRects().length).to.be.greaterThan(0);
  });

  it('marks the story text with the story language only where the page is in another', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="EN"><quote-card quote="hegseth-nato-membership"></quote-card></div>`);
    const el = wrapper.querySelector('quote-card')!;
    await el.updateComplete;
    const storyText = () => ['[part="text"]', '.name bdi', '.meta bdi', '.when bdi', '.issues li'].map((selector) => $(el, selector)!);
    // The wrapper restates the page's language inside the shadow tree (Firefox's :lang() does not see the host's).
    expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('EN');
    for (const text of storyText()) {
      expect(text.hasAttribute('lang'), text.textContent!).to.equal(false);
      expect(text.matches(':lang(en)'), text.textContent!).to.equal(true);
    }
    wrapper.lang = 'fr';
    el.requestUpdate();
    await el.updateComplete;
    for (const text of storyText()) expect(text.getAttribute('lang'), text.textContent!).to.equal('en');
  });

  it('follows a German page: quotation marks, date and strings', async () => {
    const de = localeFor('de');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><quote-card quote="trump-productive-call"></quote-card></div>`);
    const el = wrapper.querySelector('quote-card')!;
    await el.updateComplete;
    expect(shown($(el, '[part="text"]'))).to.equal('„lengthy and highly productive“');
    expect($(el, '[part="text"]')!.getAttribute('lang')).to.equal('en');
    expect(shown($(el, 'time'))).to.equal(formatPartialDate('2025-02-12', de));
    expect(formatPartialDate('2025-02-12', de)).to.equal('12. Februar 2025');
    expect(shown($(el, '[part="copy-button"]'))).to.equal('Zitat kopieren');
    await expect(el).to.be.accessible();
  });

  it('follows an Arabic right-to-left page: quotation marks, date, direction and strings', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
      <quote-card quote="trump-work-together"></quote-card>
    </div>`);
    const el = wrapper.querySelector('quote-card')!;
    await el.updateComplete;
    // The widget loaded the Arabic strings on demand; updateComplete waited for them.
    const ar = localeFor<typeof QUOTE_STRINGS>('ar');
    expect(ar.ready).to.equal(true);
    const quote = story.quotes.find((q) => q.id === 'trump-work-together')!;
    expect(shown($(el, '[part="text"]'))).to.equal(`«${quote.text}»`);
    expect(shown($(el, 'time'))).to.equal(formatPartialDate('2025-02-12', ar));
    expect(getComputedStyle($(el, '[part="base"]')!).direction).to.equal('rtl');
    expect(shown($(el, '[part="copy-button"]'))).to.equal(ar.strings.copyQuote);
    await expect(el).to.be.accessible();
  });

  it('compact attribution: a comma after each item but the last, so a wrapped line never starts with one', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><quote-card layout="compact" quote="hegseth-nato-membership"></quote-card></div>`);
    wrapper.style.width = '240px';
    const el = wrapper.querySelector('quote-card')!;
    await el.updateComplete;
    const items = Array.from($(el, '.who')!.children) as HTMLElement[];
    expect(items.length).to.be.greaterThan(2);
    const tops = items.map((item) => Math.round(item.getBoundingClientRect().top));
    expect(new Set(tops).size, 'the attribution wraps at 240 px').to.be.greaterThan(1);
    items.forEach((item, i) => {
      expect(getComputedStyle(item, '::before').content, `item ${i} ::before`).to.be.oneOf(['none', 'normal']);
      expect(getComputedStyle(item, '::after').content, `item ${i} ::after`).to.satisfy((content: string) => (i < items.length - 1 ? content.includes(',') : !content.includes(',')));
    });
  });

  it('separates venue and date with the page language’s comma', async () => {
    for (const [lang, separator] of [['en', ', '], ['ar', '، ']] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><quote-card quote="hegseth-nato-membership"></quote-card></div>`);
      const el = wrapper.querySelector('quote-card')!;
      await el.updateComplete;
      const when = $(el, '.when')!;
      expect(when.textContent, lang).to.equal(`at a defence summit in Brussels${separator}${shown($(el, 'time'))}`);
    }
  });

  for (const layout of LAYOUTS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible: ${layout} layout, ${theme} theme`, async () => {
        const el = await fixture<QuoteCard>(html`<quote-card layout=${layout} theme=${theme} .story=${withSource()} quote="hegseth-pre-2014-borders"></quote-card>`);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  }
});
