// `refresh` travels with the embed code: the element's attribute, the iframe page's parameter.
import { expect } from '@open-wc/testing';
import { embedCode } from '../../src/embed.js';
import { readParameters } from '../../src/embed/page-parameters.js';

const base = 'https://news.example/embed/index.html';

describe('refresh in embed code and the iframe page', () => {
  it('embedCode writes refresh on the element and in the iframe address', () => {
    const attributes = { src: 'https://news.example/stories/talks.json', refresh: 60 };
    expect(embedCode('negotiation-status', { attributes })).to.contain('<negotiation-status src="https://news.example/stories/talks.json" refresh="60">');
    const iframe = embedCode('quote-card', { attributes, variant: 'iframe', baseUrl: 'https://news.example/negotiation-widgets/' });
    expect(new URL(/src="([^"]+index\.html[^"]*)"/.exec(iframe)![1]!.replace(/&amp;/g, '&')).searchParams.get('refresh')).to.equal('60');
  });

  it('embedCode refuses refresh without src, or not a number of seconds', () => {
    expect(() => embedCode('quote-card', { attributes: { refresh: 60 } })).to.throw(TypeError, /needs src/);
    expect(() => embedCode('quote-card', { attributes: { src: '/s.json', refresh: 'often' } })).to.throw(TypeError, /seconds/);
  });

  it('the iframe page takes refresh as whole seconds', () => {
    expect(readParameters('?widget=position-matrix&src=/story.json&refresh=120', base)).to.deep.equal({
      ok: true,
      widget: 'position-matrix',
      attributes: [
        ['src', '/story.json'],
        ['refresh', '120'],
      ],
    });
    for (const value of ['', 'soon', '-30', '0', '1e3', '86401', '2147484', '3600000']) {
      const setup = readParameters(`?widget=quote-card&src=/s.json&refresh=${value}`, base);
      expect(setup.ok, value).to.equal(false);
      expect(setup.ok ? '' : setup.message).to.contain('refresh parameter takes a number of seconds');
    }
  });

  it('the iframe page refuses a refresh above 24 hours (86400 s), visibly, hinting at milliseconds; 86400 itself is taken', () => {
    const setup = readParameters('?widget=quote-card&src=/s.json&refresh=3600000', base);
    expect(setup.ok ? '' : setup.message).to.equal('The refresh parameter takes a number of seconds from 30 to 86400 (24 hours), not "3600000" (milliseconds?).');
    expect(readParameters('?widget=quote-card&src=/s.json&refresh=86400', base)).to.deep.equal({
      ok: true,
      widget: 'quote-card',
      attributes: [
        ['src', '/s.json'],
        ['refresh', '86400'],
      ],
    });
  });

  it('embedCode refuses a refresh above 24 hours (86400 s) and takes 86400', () => {
    for (const refresh of [86_401, 3_600_000, '2147484']) {
      expect(() => embedCode('quote-card', { attributes: { src: '/s.json', refresh } }), String(refresh)).to.throw(TypeError, /more than 86400 seconds \(24 hours\)/);
    }
    expect(embedCode('quote-card', { attributes: { src: 'https://news.example/s.json', refresh: 86_400 } })).to.contain('refresh="86400"');
  });
});
