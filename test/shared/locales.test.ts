// What a widget fetches for itself, on demand: a language's strings and the built-in stories.
// This file's page starts with neither loaded (it imports no language and no story module).
import { expect } from '@open-wc/testing';
import { loadLanguage, localeFor } from '../../src/shared/i18n.js';
import { QuoteCard } from '../../src/quote-card/quote-card.js';
import uk from '../../src/shared/locales/uk.json';
import fr from '../../src/shared/locales/fr.json';
import type { QUOTE_STRINGS } from '../../src/quote-card/strings.js';

/** A quote card that records what it showed after each of its updates. */
class RecordingQuoteCard extends QuoteCard {
  shownAfterEachUpdate: string[] = [];
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.shownAfterEachUpdate.push(this.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim() || '(nothing)');
  }
}
customElements.define('recording-quote-card', RecordingQuoteCard);

const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

function mount(lang: string): RecordingQuoteCard {
  const container = document.createElement('div');
  container.lang = lang;
  container.innerHTML = '<recording-quote-card quote="hegseth-nato-membership"></recording-quote-card>';
  document.body.append(container);
  containers.push(container);
  return container.firstElementChild as RecordingQuoteCard;
}

describe('strings and stories on demand', () => {
  it('a language is English placeholders until loaded, then its own strings', async () => {
    const before = localeFor<typeof QUOTE_STRINGS>('fr-CA');
    expect([before.ready, before.language, before.tag, before.strings.copyQuote]).to.deep.equal([false, 'fr', 'fr-CA', 'Copy quote']);
    await loadLanguage('fr');
    const after = localeFor<typeof QUOTE_STRINGS>('fr-CA');
    expect([after.ready, after.strings.copyQuote]).to.deep.equal([true, fr.copyQuote]);
    expect(localeFor('en').ready).to.equal(true);
  });

  it('the first widget waits for the built-in stories and its language, showing neither English nor an empty card; updateComplete waits too', async () => {
    expect(localeFor('uk').ready).to.equal(false);
    const card = mount('uk');
    await card.updateComplete;
    const shown = card.shownAfterEachUpdate;
    expect(shown.length, shown.join(' / ')).to.be.greaterThan(1);
    // Until both arrived: the loading state, with no text of the widget's own; never English strings.
    expect(shown[0]).to.equal('(nothing)');
    for (const each of shown) expect(each).to.not.contain('Copy quote');
    expect(card.shadowRoot!.querySelector('[aria-busy="true"]')).to.equal(null);
    expect(shown.at(-1)).to.contain(uk.copyQuote).and.contain('Hegseth');
  });

  it('later widgets on the page render the story in their first update', async () => {
    await loadLanguage('uk');
    const card = mount('uk');
    await card.updateComplete;
    expect(card.shownAfterEachUpdate[0]).to.contain(uk.copyQuote);
  });
});
