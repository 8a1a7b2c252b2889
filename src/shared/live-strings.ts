/**
 * The live updates' English strings (`refresh`): the "Updated" line, the "Changed" label and the
 * announcements. They load with the live code, which registers them (`addEnglish`), so pages whose
 * widgets do not refresh never download them; other languages have them in their language files.
 */
export const LIVE_STRINGS = {
  liveUpdatedAt: 'Updated {time}',
  liveStale: 'Could not refresh; showing the last version',
  changed: 'Changed',
  liveNewQuote: 'New quote: {speaker}',
  liveQuoteChanged: 'Quote changed: {speaker}',
  liveQuoteRemoved: 'Quote removed: {speaker}',
  liveNewPosition: 'New position: {party} on {issue}',
  liveStanceChanged: 'Stance changed: {party} on {issue}',
  livePositionChanged: 'Position updated: {party} on {issue}',
  livePositionRemoved: 'Position removed: {party} on {issue}',
  liveNewEvent: 'New event: {title}',
  liveEventChanged: 'Event changed: {title}',
  liveEventCancelled: 'Event cancelled: {title}',
  liveEventRemoved: 'Event removed: {title}',
  liveNewObstacle: 'New obstacle: {text}',
  liveObstacleChanged: 'Obstacle changed: {text}',
  liveObstacleRemoved: 'Obstacle removed: {text}',
  liveStageChanged: 'Stage changed: {stage}',
  liveStoryUpdated: 'Story updated',
  liveMore: 'one:And {n} more change|other:And {n} more changes',
};
