import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/shared/define.js';
import { defineNegotiationWidgets, QuoteCard } from '../../src/elements.js';
import '../../src/quote-card.js';
import { captureWarnings } from '../helpers.js';


describe('registration', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('registering the same class again does nothing', () => {
    expect(() => defineElement('quote-card', QuoteCard)).to.not.throw();
    expect(customElements.get('quote-card')).to.equal(QuoteCard);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('a second copy of the library keeps the first and warns once', () => {
    class SecondCopy extends QuoteCard {}
    defineElement('quote-card', SecondCopy);
    defineElement('quote-card', SecondCopy);
    expect(customElements.get('quote-card')).to.equal(QuoteCard);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('another copy of negotiation-widgets');
  });

  it('a foreign owner of the tag keeps it, and the warning says how to use other names', () => {
    class Foreign extends LitElement {}
    customElements.define('foreign-owned-tag', Foreign);
    class Ours extends QuoteCard {}
    defineElement('foreign-owned-tag', Ours);
    expect(customElements.get('foreign-owned-tag')).to.equal(Foreign);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<foreign-owned-tag> is already defined by another script');
    expect(warnings.messages[0]).to.contain("defineNegotiationWidgets({ prefix: 'nw' })");
  });

  it('registers prefixed names that render', async () => {
    defineNegotiationWidgets({ prefix: 'nwtest' });
    expect(customElements.get('nwtest-quote-card')!.prototype).to.be.instanceOf(QuoteCard);
    expect(customElements.get('nwtest-position-matrix')).to.not.equal(undefined);
    expect(customElements.get('nwtest-negotiation-status')).to.not.equal(undefined);
    const el = await fixture(html`<nwtest-quote-card></nwtest-quote-card>`);
    expect((el as QuoteCard).loadedStory?.id).to.equal('us-russia-ukraine-talks-2025');
    expect(el.shadowRoot!.textContent!.trim()).to.not.equal('');
  });

  it('refuses an invalid prefix with a warning, not an exception', () => {
    expect(() => defineNegotiationWidgets({ prefix: 'Bad Prefix' })).to.not.throw();
    expect(warnings.messages[0]).to.contain('is not a valid tag prefix');
  });
});
