/**
 * Readable light-DOM content for embed code: what a reader sees where the widget's script does
 * not run (a CMS that strips scripts, a feed reader, JavaScript off) and until it does. Built from
 * the widgets' own view models and strings, so its text is the widget's text. The widgets hide it
 * once they render and keep it when their data fails (`src/shared/story-element.ts`).
 *
 * Its height comes from its content, not a `min-height`: the same rows, paragraphs and lists the
 * widget shows, in the page's own styles, take roughly the widget's room. (An inline `style` would
 * break on pages whose Content-Security-Policy forbids inline styles.)
 */
import { todayUtc } from '../data/dates.js';
import { buildMatrix } from '../position-matrix/matrix-model.js';
import { buildQuoteModel } from '../quote-card/quote-model.js';
import { buildStatusModel } from '../negotiation-status/status-model.js';
import { formatNumber, formatPartialDate, quoted, quotedInContext } from '../shared/format.js';
import { format } from '../shared/i18n.js';
import { attribute, escapeHtml } from './html.js';
import type { Story } from '../data/story.js';
import type { EventView, StatusModel } from '../negotiation-status/status-model.js';
import type { Locale } from '../shared/i18n.js';
import type { QUOTE_STRINGS } from '../quote-card/strings.js';
import type { MATRIX_STRINGS } from '../position-matrix/strings.js';
import type { STATUS_STRINGS } from '../negotiation-status/strings.js';
import type { WidgetName } from './widgets.js';

/** Attribute values as the element gets them: a string, or `true` for a present boolean. */
export type AttributeValues = Readonly<Record<string, string | true>>;

/** A locale with every widget's strings: the model modules imported above register them. */
type WidgetsLocale = Locale<typeof QUOTE_STRINGS & typeof MATRIX_STRINGS & typeof STATUS_STRINGS>;

export interface FallbackContext {
  story: Story;
  locale: WidgetsLocale;
  /** The clock a `live` status counts against. */
  now: Date;
}

/** What a reader sees without the script, and a one-line label (an iframe's `title`). */
export interface Fallback {
  markup: string;
  label: string;
}

/**
 * Story text inside page-language text: wrapped in `<span lang>` only when the story's language
 * differs from the page's, so a fallback in the page's own language adds no element per name.
 */
function storyText(value: string, language: string, locale: Locale): string {
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  return primary(language) === primary(locale.tag) ? escapeHtml(value) : `<span${attribute('lang', language)}>${escapeHtml(value)}</span>`;
}

/** The fallback for `widget`, or `undefined` when the widget itself would show an error. */
export function widgetFallback(widget: WidgetName, attributes: AttributeValues, context: FallbackContext): Fallback | undefined {
  if (widget === 'quote-card') return quoteFallback(attributes, context);
  if (widget === 'position-matrix') return matrixFallback(attributes, context);
  return statusFallback(attributes, context);
}

const text = (value: string | true | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

function dateTime(date: string, locale: Locale): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(formatPartialDate(date, locale))}</time>`;
}

function sourceLine(source: { url?: string; name: string } | undefined, locale: Locale): string {
  // Only http(s) URLs reach the models' `url`; anything else stays plain text.
  if (!source) return '';
  const name = source.url ? `<a${attribute('href', source.url)} rel="noopener noreferrer">${escapeHtml(source.name)}</a>` : escapeHtml(source.name);
  return `\n  <p>${escapeHtml(locale.strings.source)}: ${name}</p>`;
}

function quoteFallback(attributes: AttributeValues, { story, locale }: FallbackContext): Fallback | undefined {
  const result = buildQuoteModel(story, text(attributes['quote']), locale.strings);
  if (!result.ok) return undefined;
  const model = result.value;
  const lang = attribute('lang', model.language);
  const who = model.attribution;
  const meta = [who.role, who.party].filter(Boolean).join(', ');
  const when = [model.venue ? escapeHtml(model.venue) : '', model.date ? dateTime(model.date, locale) : ''].filter(Boolean).join(locale.strings.listSeparator);
  // As on the card: a quote that does not stand alone keeps its framing even with hide-context.
  const framed = !attributes['hide-context'] || model.needsContext;
  const context = model.context && framed ? `\n  <p${lang}>${escapeHtml(model.context)}</p>` : '';
  const after = model.contextAfter && framed ? `\n  <p${lang}>${escapeHtml(model.contextAfter)}</p>` : '';
  const source = model.source && !attributes['hide-source'] ? sourceLine({ name: model.source.label, url: model.source.url }, locale) : '';
  const markup = `${context}
  <blockquote${attribute('cite', model.cite)}><p${lang}>${escapeHtml(quoted(model.text, locale))}</p></blockquote>${after}
  <p>— ${storyText(who.name, model.language, locale)}${meta ? `, ${storyText(meta, model.language, locale)}` : ''}${when ? `; ${when}` : ''}</p>${source}
`;
  return { markup, label: `${who.name}: ${model.needsContext ? quotedInContext(model, locale) : quoted(model.text, locale)}` };
}

function matrixFallback(attributes: AttributeValues, { story, locale }: FallbackContext): Fallback | undefined {
  const result = buildMatrix(
    story,
    {
      parties: text(attributes['parties']) ?? null,
      issues: text(attributes['issues']) ?? null,
      highlight: text(attributes['highlight']) ?? null,
      caption: text(attributes['caption']) ?? null,
      description: text(attributes['description']) ?? null,
    },
    locale,
  );
  if (!result.ok) return undefined;
  const model = result.value;
  const lang = attribute('lang', model.language);
  // One row per issue with the parties grouped by stance ("Supports: Ukraine, France"), not the
  // widget's party × issue grid: two columns of words reflow down to a 320 px page without CSS,
  // where six stance columns made the page 495 px wide. Stated stances first, bold, by short name
  // as the grid's columns; "not stated" last, plain and counted, as quiet as the grid's dashes,
  // so the fallback stands about as tall as the widget that replaces it.
  const rows = model.columns.map((issue, column) => {
    const cells = model.rows.map((row) => row.cells[column]!);
    const groups = model.legend
      .map((stance) => ({ stance, parties: cells.filter((cell) => cell.stance === stance).map((cell) => cell.party.shortName) }))
      .filter(({ parties }) => parties.length > 0)
      .map(({ stance, parties }) => {
        const label = escapeHtml(locale.strings[stance]);
        return stance === 'not-stated'
          ? `${label} (${formatNumber(parties.length, locale)})`
          : `<strong>${label}</strong>: ${storyText(parties.join(locale.strings.listSeparator), model.language, locale)}`;
      });
    return `    <tr><th scope="row"${lang}>${escapeHtml(issue.title)}</th><td>${groups.join('<br>')}</td></tr>`;
  });
  const markup = `
  <table>
    <caption${model.captionFromOptions ? '' : lang}>${escapeHtml(model.caption)}</caption>
    <tbody>
${rows.join('\n')}
    </tbody>
  </table>${sourceLine(model.source, locale)}
`;
  return { markup, label: model.caption };
}

function eventWhen(event: EventView, model: StatusModel, locale: WidgetsLocale): string {
  if (event.datetime) return dateTime(event.datetime, locale);
  return event.dateLabel ? storyText(event.dateLabel, model.language, locale) : escapeHtml(locale.strings.noDateSet);
}

function statusFallback(attributes: AttributeValues, { story, locale, now }: FallbackContext): Fallback | undefined {
  const result = buildStatusModel(story, { strings: locale.strings, today: attributes['live'] !== undefined ? todayUtc(now) : undefined });
  if (!result.ok) return undefined;
  const model = result.value;
  const { strings } = locale;
  const lang = attribute('lang', model.language);
  const layout = text(attributes['layout']) ?? 'full';
  const facts = [`${escapeHtml(strings.stageCurrent)}: <strong${lang}>${escapeHtml(model.stage.label)}</strong>.`];
  if (model.dayOfWar !== null) {
    const basis = model.dayCountBasis ? `${escapeHtml(strings.listSeparator)}${storyText(model.dayCountBasis, model.language, locale)}` : '';
    const count = format(model.dayCountLabel ?? strings.dayOfWar, { n: formatNumber(model.dayOfWar, locale) });
    facts.push(`${model.dayCountLabel ? storyText(count, model.language, locale) : escapeHtml(count)}${basis}.`);
  }
  if (model.next) facts.push(`${escapeHtml(strings.next)}: ${storyText(model.next.title, model.language, locale)} (${eventWhen(model.next, model, locale)}).`);
  // The fallback is a snapshot: say which day its count is for.
  facts.push(`${escapeHtml(format(strings.asOf, { date: formatPartialDate(model.reference, locale) }))}.`);
  const title = layout === 'full' ? `<strong${lang}>${escapeHtml(model.title)}</strong><br>\n    ` : '';
  // The compact banner is one line; the other layouts show the timeline, which gives the fallback their height.
  const events =
    layout === 'compact'
      ? ''
      : `\n  <ol>\n${model.events
          .map((event) => `    <li>${eventWhen(event, model, locale)}: ${storyText(event.title, model.language, locale)} (${escapeHtml(strings[event.status])})</li>`)
          .join('\n')}\n  </ol>`;
  const markup = `
  <p>${title}${facts.join(' ')}</p>${events}${layout === 'full' ? sourceLine(model.source, locale) : ''}
`;
  return { markup, label: model.title };
}
