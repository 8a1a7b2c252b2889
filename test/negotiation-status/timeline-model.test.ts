import { expect } from '@open-wc/testing';
import { parsePartialDate } from '../../src/data/dates.js';
import { firstFew, FULL_WINDOW, OBSTACLES_SHOWN, PARTIES_SHOWN, stillToCome, TIMELINE_WINDOW, timelineWindow } from '../../src/negotiation-status/timeline-model.js';
import type { EventStatus } from '../../src/data/story.js';
import type { OpenSides, WindowSize } from '../../src/negotiation-status/timeline-model.js';

const day = (iso: string) => parsePartialDate(iso)!;
/** 0 … length − 1. */
const range = (length: number) => Array.from({ length }, (_, i) => i);
const closed: OpenSides = { earlier: false, later: false };

describe('timeline-model', () => {
  describe('timelineWindow', () => {
    // [name, events, index of next (undefined: nothing next), size, open, [earlier, later], first and last shown (none: [0, -1])]
    const cases: [string, number, number | undefined, WindowSize, OpenSides, [number, number], [number, number]][] = [
      ['full: two before the next, the next, three after', 20, 10, FULL_WINDOW, closed, [8, 6], [8, 13]],
      ['full: nothing next, the last two', 20, undefined, FULL_WINDOW, closed, [18, 0], [18, 19]],
      ['full: the next first, nothing before it', 20, 0, FULL_WINDOW, closed, [0, 16], [0, 3]],
      ['one event before the window is shown, not folded', 20, 3, FULL_WINDOW, closed, [0, 13], [0, 6]],
      ['two events before the window fold', 20, 4, FULL_WINDOW, closed, [2, 12], [2, 7]],
      ['one event after the window is shown, not folded', 20, 15, FULL_WINDOW, closed, [13, 0], [13, 19]],
      ['two events after the window fold', 20, 14, FULL_WINDOW, closed, [12, 2], [12, 17]],
      ['a short timeline is shown whole', 6, 2, FULL_WINDOW, closed, [0, 0], [0, 5]],
      ['earlier opened: from the start, the later side still folded', 20, 10, FULL_WINDOW, { earlier: true, later: false }, [8, 6], [0, 13]],
      ['later opened: to the end, the earlier side still folded', 20, 10, FULL_WINDOW, { earlier: false, later: true }, [8, 6], [8, 19]],
      ['both opened (or printing): every event', 20, 10, FULL_WINDOW, { earlier: true, later: true }, [8, 6], [0, 19]],
      ['timeline layout: 25 each side of the next', 100, 50, TIMELINE_WINDOW, closed, [25, 24], [25, 75]],
      ['timeline layout: ten events, all shown', 10, 5, TIMELINE_WINDOW, closed, [0, 0], [0, 9]],
      ['no events', 0, undefined, FULL_WINDOW, closed, [0, 0], [0, -1]],
    ];
    for (const [name, length, nextIndex, size, open, [earlier, later], [first, last]] of cases) {
      it(name, () => {
        const events = range(length).map((i) => ({ i }));
        const window = timelineWindow(events, nextIndex === undefined ? undefined : events[nextIndex], size, open);
        expect([window.earlier, window.later]).to.deep.equal([earlier, later]);
        expect(window.shown.map((e) => e.i)).to.deep.equal(range(last - first + 1).map((i) => first + i));
      });
    }

  });

  describe('firstFew', () => {
    // [name, length, count, open, shown length, folds]
    const cases: [string, number, number, boolean, number, boolean][] = [
      ['parties: three shown as three', 3, PARTIES_SHOWN, false, 3, false],
      ['parties: four shown as four, never three and "+1 more"', 4, PARTIES_SHOWN, false, 4, false],
      ['parties: five fold to three and "+2 more"', 5, PARTIES_SHOWN, false, 3, true],
      ['obstacles: nine shown whole', 9, OBSTACLES_SHOWN, false, 9, false],
      ['obstacles: ten fold to eight', 10, OBSTACLES_SHOWN, false, 8, true],
      ['obstacles: opened (or printing), all fifty, still a list that folds', 50, OBSTACLES_SHOWN, true, 50, true],
      ['an empty list', 0, OBSTACLES_SHOWN, false, 0, false],
    ];
    for (const [name, length, count, open, shownLength, folds] of cases) {
      it(name, () => {
        const items = range(length);
        const result = firstFew(items, count, open);
        expect([result.shown, result.folds]).to.deep.equal([range(shownLength), folds]);
      });
    }
  });

  describe('stillToCome', () => {
    // [name, status, date, reference, expected]
    const cases: [string, EventStatus, string | null, string, boolean][] = [
      ['scheduled after the reference day', 'scheduled', '2025-02-14', '2025-02-12', true],
      ['scheduled on the reference day', 'scheduled', '2025-02-12', '2025-02-12', true],
      ['tentative after it', 'tentative', '2025-03-01', '2025-02-12', true],
      ['scheduled, but a day before it: past', 'scheduled', '2025-02-11', '2025-02-12', false],
      ['tentative, a day before it: past', 'tentative', '2025-01-20', '2025-02-12', false],
      ['a month that ended before it: past, as for what is next', 'scheduled', '2025-01', '2025-02-12', false],
      ['a year that ended before it, likewise', 'tentative', '2024', '2025-02-12', false],
      ['the month of the reference day: still to come', 'scheduled', '2025-02', '2025-02-12', true],
      ['the year of the reference day, likewise', 'tentative', '2025', '2025-02-12', true],
      ['undated and scheduled', 'scheduled', null, '2025-02-12', true],
      ['done, even on a later day', 'done', '2025-03-01', '2025-02-12', false],
      ['cancelled, even on a later day', 'cancelled', '2025-03-01', '2025-02-12', false],
      ['done and undated', 'done', null, '2025-02-12', false],
    ];
    for (const [name, status, date, reference, expected] of cases) {
      it(name, () => {
        expect(stillToCome({ status, date: date === null ? null : day(date) }, day(reference))).to.equal(expected);
      });
    }
  });
});
