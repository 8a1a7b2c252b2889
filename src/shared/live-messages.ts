/** What a live widget says when its story changed, in reader words and the page's language. */
import { DIFF_KINDS, storyItems } from '../data/diff.js';
import { format } from './i18n.js';
import type { DiffKind } from '../data/diff.js';
import type { LiveAnnouncement, LiveMessage, LiveUpdate } from '../data/live.js';
import type { Position, Quote, Story, TimelineEvent, Obstacle } from '../data/story.js';
import type { Locale, StringKey } from './i18n.js';

/** One announcement for everything that arrived (usually one update): "New event: Talks in Riyadh. Stance changed: France on NATO membership". */
export function announcementFor({ messages, more }: LiveAnnouncement, locale: Locale): string {
  if (!messages.length) return '';
  const named = messages.map(({ key, values }) => format(locale.strings[key as StringKey], values)).join('. ');
  return more > 0 ? `${named}. ${format(locale.strings.liveMore, { n: more }, locale)}` : named;
}

/**
 * What an update is said as, in any language: the strings' names and values (names, titles),
 * taken from the stories when it arrives, so what waits for a closed panel holds neither story.
 */
export function messagesFor({ diff, story, previous }: LiveUpdate): LiveMessage[] {
  const now = storyItems(story);
  const before = storyItems(previous);
  const messages: LiveMessage[] = [];
  const say = (key: StringKey, values: Record<string, string>) => messages.push({ key, values });
  for (const kind of DIFF_KINDS) {
    for (const id of diff.added[kind]) say(`liveNew${NOUNS[kind]}`, describe(kind, now[kind].get(id), story));
    for (const id of diff.changed[kind]) {
      const item = now[kind].get(id);
      const old = before[kind].get(id);
      let key: StringKey = `live${NOUNS[kind]}Changed`;
      if (kind === 'positions' && (item as Position).stance !== (old as Position).stance) key = 'liveStanceChanged';
      if (kind === 'events' && (item as TimelineEvent).status === 'cancelled' && (old as TimelineEvent).status !== 'cancelled') key = 'liveEventCancelled';
      say(key, describe(kind, item, story));
    }
    for (const id of diff.removed[kind]) say(`live${NOUNS[kind]}Removed`, describe(kind, before[kind].get(id), previous));
  }
  if (diff.other.includes('negotiation/stage') && story.negotiation) {
    const stage = story.negotiation.stages.find((each) => each.id === story.negotiation!.stage);
    say('liveStageChanged', { stage: stage?.label ?? story.negotiation.stage });
  }
  if (!messages.length) say('liveStoryUpdated', {});
  return messages;
}

/** The strings' names of each kind's messages: `liveNewQuote`, `liveQuoteChanged`, `liveQuoteRemoved`… */
const NOUNS = { quotes: 'Quote', positions: 'Position', events: 'Event', obstacles: 'Obstacle' } as const satisfies Record<DiffKind, string>;

function describe(kind: DiffKind, item: unknown, story: Story): Record<string, string> {
  if (kind === 'positions') {
    const position = item as Position;
    return {
      party: story.parties.find((p) => p.id === position.party)?.shortName ?? position.party,
      issue: story.issues.find((i) => i.id === position.issue)?.title ?? position.issue,
    };
  }
  if (kind === 'events') return { title: (item as TimelineEvent).title };
  if (kind === 'obstacles') return { text: clip((item as Obstacle).text) };
  const quote = item as Quote;
  const speaker = story.people.find((p) => p.id === quote.speaker)?.name ?? story.parties.find((p) => p.id === quote.party)?.name ?? '';
  return { speaker };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
