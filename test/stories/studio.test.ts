// The story studio, driven as an editor drives it: paste the article, build a story through the
// form alone, see it previewed, download it; the draft survives a reload; opening and downloading
// the built-in story gives it back unchanged.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../stories/studio/studio.js';
import { DraftStore, DRAFT_KEY, History, addRows, columnsFromHeader, idFrom, parseRows, parseStoryText, quoteFromSelection, sheetTemplate } from '../../stories/studio/studio-model.js';
import { validateStory } from '../../src/data/diagnostics.js';
import { checkAgainstSource } from '../../src/data/source-check.js';
import { getBuiltInStory, DEFAULT_STORY_ID } from '../../src/data/index.js';
import type { NwStudio } from '../../stories/studio/studio.js';
import type { Story } from '../../src/data/story.js';

const ARTICLE = [
  'Dock workers at the port of Felixstowe walked out on Monday, the union said.',
  'Union leader Sharon Graham said the strike was “a fight for fair pay” and would continue “until the company moves”.',
  'The operator called the action “regrettable” in a statement.',
].join('\n');

async function studio(): Promise<NwStudio> {
  const element = await fixture<NwStudio>(html`<nw-studio></nw-studio>`);
  await element.updateComplete;
  return element;
}

function field(root: ParentNode, label: string, index = 0): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  const labels = [...root.querySelectorAll('label')].filter((l) => l.textContent!.replace(/\s*\(required\)/, '').trim() === label);
  const found = labels[index];
  if (!found) throw new Error(`no field labelled ${label} (#${index})`);
  return (found.control ?? found.querySelector('input, select, textarea')) as HTMLInputElement;
}

async function type(element: NwStudio, control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

async function choose(element: NwStudio, control: HTMLSelectElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function press(element: NwStudio, name: string): Promise<void> {
  const button = [...element.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!button) throw new Error(`no button ${name}`);
  button.click();
  await element.updateComplete;
}

async function addNamed(element: NwStudio, label: string, value: string, button: string): Promise<void> {
  await type(element, field(element, label) as HTMLInputElement, value);
  await press(element, button);
}

async function selectInSource(element: NwStudio, words: string): Promise<void> {
  const source = element.querySelector<HTMLTextAreaElement>('textarea[aria-label="Source text"]')!;
  const start = source.value.indexOf(words);
  source.focus();
  source.setSelectionRange(start, start + words.length);
  source.dispatchEvent(new Event('select', { bubbles: true }));
  await element.updateComplete;
}

/** What "Download story" would save: the Blob's text, caught before the browser saves it. */
async function download(element: NwStudio): Promise<unknown> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), 'blob:caught');
  HTMLAnchorElement.prototype.click = () => undefined;
  try {
    await press(element, 'Download story');
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return JSON.parse(await blob!.text());
}

describe('the story studio', () => {
  beforeEach(() => localStorage.removeItem(DRAFT_KEY));
  afterEach(() => localStorage.removeItem(DRAFT_KEY));

  it('builds a story from an article through the form alone, previews it, and downloads a story that passes validate and check', async () => {
    const element = await studio();
    await type(element, element.querySelector<HTMLTextAreaElement>('textarea[aria-label="Source text"]')!, ARTICLE);
    await type(element, field(element, 'Headline') as HTMLInputElement, 'Port strike goes on');
    await type(element, field(element, 'Summary') as HTMLTextAreaElement, 'Dock workers walked out on Monday.');
    await addNamed(element, 'New party', 'Unite union', 'Add party');
    await addNamed(element, 'New party', 'Port operator', 'Add party');
    await type(element, field(element, 'Short name', 0) as HTMLInputElement, 'Unite');
    await type(element, field(element, 'Short name', 1) as HTMLInputElement, 'Operator');
    await addNamed(element, 'New person', 'Sharon Graham', 'Add person');
    await type(element, field(element, 'Role') as HTMLInputElement, 'union leader');
    await choose(element, field(element, 'Party') as HTMLSelectElement, 'unite-union');
    await addNamed(element, 'New issue', 'Pay', 'Add issue');
    await type(element, field(element, 'Question') as HTMLInputElement, 'Should pay rise with inflation?');

    // Select the quoted words (with their quotation marks, as a mouse takes them) and add the quote.
    await selectInSource(element, '“a fight for fair pay”');
    await press(element, 'Add quote');
    const quote = element.story.quotes[0]!;
    expect(quote.text).to.equal('a fight for fair pay');
    expect(quote.context).to.equal('Union leader Sharon Graham said the strike was');
    expect(quote.contextAfter).to.equal('and would continue “until the company moves”.');
    expect(quote.speaker).to.equal('sharon-graham');
    expect(document.activeElement?.getAttribute('data-pointer')).to.equal('/quotes/0/speaker');
    // The words are found in the source, and the editor sees it.
    expect(element.querySelector('.quote .check.found')?.textContent).to.contain('Found in the source');
    (element.querySelector<HTMLInputElement>('.quote fieldset.ids input'))!.click();
    await element.updateComplete;

    // The matrix cell: Unite supports, with the quote as its evidence.
    await choose(element, element.querySelector<HTMLSelectElement>('#stance-unite-union-pay')!, 'supports');
    const cell = element.querySelector<HTMLElement>('[role="group"][aria-label="Unite union on Pay"]')!;
    await type(element, field(cell, 'Summary') as HTMLInputElement, 'The union wants fair pay.');
    cell.querySelector<HTMLInputElement>('fieldset.ids input')!.click();
    await element.updateComplete;

    // The state of the talks, with one event.
    await press(element, 'Add the state of the talks');
    // The first "Title" is the issue's.
    await type(element, field(element, 'Title', 1) as HTMLInputElement, 'Felixstowe port strike');
    await press(element, 'Add event');
    await type(element, field(element, 'Event') as HTMLInputElement, 'Walkout begins');
    await type(element, field(element, 'Date', 1) as HTMLInputElement, '2026-11-30');
    await choose(element, field(element, 'Status', 0) as HTMLSelectElement, 'done');

    const problems = element.querySelector('[role="region"][aria-label="Problems"]')!;
    expect(problems.textContent).to.contain('No problems.');
    expect(problems.textContent).to.contain('3 of 3 passages found in the source');

    // The preview shows the real widgets with the editor's story.
    const preview = element.querySelector('[role="region"][aria-label="Preview"]')!;
    const card = preview.querySelector('quote-card')!;
    await waitUntil(() => card.shadowRoot?.textContent?.includes('a fight for fair pay'), `the quote card never showed the quote: ${card.shadowRoot?.textContent?.replace(/\s+/g, ' ')}`);
    expect(card.shadowRoot!.textContent).to.contain('Sharon Graham');
    const status = preview.querySelector('negotiation-status')!;
    await waitUntil(() => status.shadowRoot?.textContent?.includes('Walkout begins'), 'the status never showed the event');

    const downloaded = await download(element);
    const valid = validateStory(downloaded);
    expect(valid.ok, JSON.stringify(!valid.ok && valid.errors)).to.equal(true);
    const check = checkAgainstSource(downloaded as Story, ARTICLE);
    expect(check.ok).to.equal(true);
    expect(check.items.map((item) => item.pointer)).to.deep.equal(['/quotes/0/text', '/quotes/0/context', '/quotes/0/contextAfter']);

    // Every control of the filled studio has a name; axe finds nothing.
    await expect(element).to.be.accessible();

    // A reload restores the draft.
    const reloaded = await studio();
    expect(reloaded.story).to.deep.equal(downloaded);
    expect(reloaded.source).to.equal(ARTICLE);
    expect(reloaded.querySelector('[role="status"]')!.textContent).to.contain('Draft restored');
  });

  it('marks a quote whose words are not in the source, shows the closest passage and the changed word, and takes the editor to it', async () => {
    const element = await studio();
    await type(element, element.querySelector<HTMLTextAreaElement>('textarea[aria-label="Source text"]')!, ARTICLE);
    await selectInSource(element, 'a fight for fair pay');
    await press(element, 'Add quote');
    await type(element, field(element, 'Quoted words') as HTMLTextAreaElement, 'a fight for better pay');
    const missing = element.querySelector('.quote .check.missing')!;
    expect(missing.textContent).to.contain('not in the source word for word');
    expect(missing.querySelector('del')!.textContent).to.equal('fair');
    expect(missing.querySelector('ins')!.textContent).to.equal('better');
    const problem = [...element.querySelectorAll('.problems li')].find((li) => li.textContent!.includes('/quotes/0/text'))!;
    expect(problem.textContent).to.contain('a-fight-for-fair-pay');
    // Named in the format's words (its one definition), with the pointer beside it.
    expect(problem.querySelector('button')!.textContent).to.equal('Quote › Quoted words');
    problem.querySelector('button')!.click();
    expect(document.activeElement?.getAttribute('data-pointer')).to.equal('/quotes/0/text');
  });

  it('opens the built-in story and downloads it unchanged', async () => {
    const element = await studio();
    const builtIn = await getBuiltInStory(DEFAULT_STORY_ID);
    expect(element.openStoryText(JSON.stringify(builtIn), 'the built-in story')).to.equal(true);
    await element.updateComplete;
    expect(await download(element)).to.deep.equal(builtIn);
    expect(element.querySelector('[aria-label="Changes since the last download"]')!.textContent).to.contain('None.');
  });

  it('refuses text that is not a story with a clear message and leaves the draft as it was', async () => {
    const element = await studio();
    await type(element, field(element, 'Headline') as HTMLInputElement, 'Mine');
    expect(element.openStoryText('{ "headline": ', 'the pasted story')).to.equal(false);
    await element.updateComplete;
    expect(element.story.headline).to.equal('Mine');
    expect(element.querySelector('[role="status"]')!.textContent).to.match(/not valid JSON.*Your draft is unchanged/);
  });

  it('adds a speaker who is not in the list yet from the quote itself', async () => {
    const element = await studio();
    await type(element, element.querySelector<HTMLTextAreaElement>('textarea[aria-label="Source text"]')!, ARTICLE);
    await addNamed(element, 'New party', 'Port operator', 'Add party');
    await selectInSource(element, 'regrettable');
    await press(element, 'Add quote');
    const form = element.querySelector<HTMLFormElement>('.quote .new-speaker form')!;
    (form.elements.namedItem('name') as HTMLInputElement).value = 'Jane Doe';
    (form.elements.namedItem('role') as HTMLInputElement).value = 'operator spokeswoman';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await element.updateComplete;
    expect(element.story.people).to.deep.equal([{ id: 'jane-doe', name: 'Jane Doe', role: 'operator spokeswoman', party: 'port-operator' }]);
    expect(element.story.quotes[0]).to.include({ speaker: 'jane-doe' }).and.not.have.property('party');
  });

  it('shows the validator’s problems about a position beside its fields: evidence of another party', async () => {
    const element = await studio();
    const story = structuredClone(await getBuiltInStory(DEFAULT_STORY_ID)) as Story;
    const index = story.positions.findIndex((p) => p.party === 'us' && p.stance !== 'not-stated');
    const other = story.quotes.find((q) => q.speaker === 'volodymyr-zelenskyy')!;
    story.positions[index]!.evidence = [other.id];
    element.openStoryText(JSON.stringify(story), 'a story');
    element.cell = [story.positions[index]!.party, story.positions[index]!.issue];
    await element.updateComplete;
    const cell = element.querySelector('.position')!;
    expect(cell.querySelector('.inline-problems')!.textContent).to.contain(other.id);
    expect([...element.querySelectorAll('.problems li')].some((li) => li.textContent!.includes(`/positions/${index}/evidence`))).to.equal(true);
  });

  it('undoes and redoes an edit', async () => {
    const element = await studio();
    await addNamed(element, 'New party', 'Unite union', 'Add party');
    expect(element.story.parties).to.have.length(1);
    await press(element, 'Undo');
    expect(element.story.parties).to.have.length(0);
    await press(element, 'Redo');
    expect(element.story.parties).to.have.length(1);
  });

  it('adds quotes from rows pasted from a spreadsheet, columns read from the header', async () => {
    const element = await studio();
    await type(element, element.querySelector<HTMLTextAreaElement>('textarea[aria-label="Source text"]')!, ARTICLE);
    await addNamed(element, 'New party', 'Unite union', 'Add party');
    await addNamed(element, 'New person', 'Sharon Graham', 'Add person');
    const rows = 'Quote\tSaid by\tDate\nuntil the company moves\tSharon Graham\t2026-11-30\nregrettable\tPort operator\t\n';
    await type(element, element.querySelector<HTMLTextAreaElement>('textarea[aria-label="Spreadsheet rows (quotes)"]')!, rows);
    await press(element, 'Add 2 quotes');
    expect(element.story.quotes.map((q) => [q.text, q.speaker, q.date])).to.deep.equal([
      ['until the company moves', 'sharon-graham', '2026-11-30'],
      ['regrettable', undefined, undefined],
    ]);
    // A speaker not in the story is reported, never guessed.
    expect(element.querySelector('[role="status"]')!.textContent).to.contain('Row 2: no person or party "Port operator"');
    expect(element.querySelector('.quote .check.found')).to.exist;
  });

  it('is accessible, with the named controls other tools rely on', async () => {
    const element = await studio();
    expect(element.querySelector('textarea[aria-label="Source text"]')).to.exist;
    expect(element.querySelector('input[type="file"][aria-label="Open story"]')).to.exist;
    expect([...element.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Add quote')).to.equal(true);
    expect([...element.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Download story')).to.equal(true);
    expect(element.querySelector('[role="region"][aria-label="Preview"]')).to.exist;
    expect(element.querySelector('[role="region"][aria-label="Problems"]')).to.exist;
    await expect(element).to.be.accessible();
  });
});

describe('the studio page', () => {
  it('runs under its strict Content Security Policy and Trusted Types: no violation, the studio and the widgets defined', async () => {
    const frame = document.createElement('iframe');
    const violations: string[] = [];
    frame.src = '/dist/studio/index.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & typeof globalThis;
    win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    await waitUntil(() => win.customElements.get('nw-studio') && win.customElements.get('position-matrix'), 'the studio page never defined its elements', { timeout: 8000 });
    const studioElement = win.document.querySelector('nw-studio') as NwStudio;
    await studioElement.updateComplete;
    await studioElement.addQuote(); // nothing selected: a message, not an error
    expect(win.document.querySelector('[role="status"]')!.textContent).to.contain('Select the quoted words');
    expect(win.document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain("require-trusted-types-for 'script'");
    expect(violations).to.deep.equal([]);
    frame.remove();
  });
});

describe('the studio model', () => {
  it('makes a quote of the selected words, without their quotation marks, with the rest of their sentence as context', () => {
    const source = 'He said the talks were “going well,” he added. Next sentence.';
    const start = source.indexOf('“going');
    expect(quoteFromSelection(source, start, start + '“going well,”'.length)).to.deep.equal({ text: 'going well,', context: 'He said the talks were', contextAfter: 'he added.' });
    const whole = 'First. “We will win.” Then more.';
    const from = whole.indexOf('We');
    expect(quoteFromSelection(whole, from, from + 'We will win.'.length)).to.deep.equal({ text: 'We will win.' });
    expect(quoteFromSelection(source, 2, 3)).to.equal(undefined);
  });

  it('makes ids from names, unique', () => {
    expect(idFrom('Kaja Kallas', [])).to.equal('kaja-kallas');
    expect(idFrom('Zelenskyy’s “plan”', ['zelenskyy-s-plan'])).to.equal('zelenskyy-s-plan-2');
    expect(idFrom('!!!', [])).to.equal('item');
  });

  it('never lets two tabs silently overwrite each other', () => {
    const story = { version: 1 } as unknown as Story;
    const first = new DraftStore(localStorage);
    const second = new DraftStore(localStorage);
    first.load();
    second.load();
    expect(first.save({ story, source: 'one' })).to.equal('saved');
    expect(second.save({ story, source: 'two' })).to.equal('conflict');
    expect(new DraftStore(localStorage).load()!.source).to.equal('one');
    expect(second.save({ story, source: 'two' }, true)).to.equal('saved');
    expect(first.changedElsewhere()).to.equal(true);
    localStorage.removeItem(DRAFT_KEY);
  });

  it('keeps undo history as snapshots', () => {
    const history = new History();
    const draft = { story: { id: 'a' } as unknown as Story, source: '' };
    history.push(draft);
    draft.source = 'changed after push';
    history.push({ ...draft, source: 'b' });
    expect(history.undo()!.source).to.equal('');
    expect(history.redo()!.source).to.equal('b');
    expect(history.canRedo).to.equal(false);
  });

  it('reads spreadsheet rows as a spreadsheet copies them: tabs, quoted cells with line breaks and doubled quotes', () => {
    expect(parseRows('a\tb\r\n"line\none"\t"say ""hi"""\n\n')).to.deep.equal([
      ['a', 'b'],
      ['line\none', 'say "hi"'],
    ]);
    expect(columnsFromHeader('events', ['Event', 'When', 'Parties', 'Notes'])).to.deep.equal(['title', 'date', 'parties', 'description']);
    expect(columnsFromHeader('quotes', ['a', 'b'])).to.equal(undefined);
    const [header, ...rows] = parseRows(sheetTemplate('quotes'));
    expect(columnsFromHeader('quotes', header!)).to.deep.equal(['text', 'speaker', 'date', 'venue', 'context', 'contextAfter', 'issues']);
    expect(rows).to.have.length(1);
  });

  it('adds events from rows, naming parties by name or short name, and says what it could not use', () => {
    const story = {
      version: 1, id: 's', headline: 'h', summary: 's', language: 'en', people: [], issues: [], quotes: [], positions: [],
      parties: [{ id: 'us', name: 'United States', shortName: 'US', kind: 'country' }],
      negotiation: { title: 't', conflictStart: '2025', asOf: '2025', stage: 'a', stages: [{ id: 'a', label: 'A' }], events: [], obstacles: [] },
    } as unknown as Story;
    const result = addRows(story, 'events', [['Talks', '2025-02-18', 'Soon', 'us, Russia']], ['title', 'date', 'status', 'parties']);
    expect(result.added).to.equal(1);
    expect(result.story.negotiation!.events[0]).to.deep.include({ title: 'Talks', date: '2025-02-18', status: 'scheduled', parties: ['us'] });
    expect(result.notes.join(' ')).to.contain('no party "russia"').and.contain('status "Soon"');
    expect(story.negotiation!.events).to.have.length(0);
  });

  it('parses a story file or says why not', () => {
    expect(parseStoryText('[]')).to.have.property('error').that.contains('not a story');
    expect(parseStoryText('{"a":1}')).to.deep.equal({ story: { a: 1 } });
  });
});
