// The three lists every Roundup starts with, as data. A list says when it goes out (cadence and
// the subscriber-local hour) and how its briefings are chosen; the store keeps them and an
// operator may change them.

/** How often a list sends an edition. */
export type ListCadence = 'daily' | 'weekly';

/** How a list picks its briefings: the night's top ones, the day's biggest, or good news only. */
export type ListSelection = 'overnight-top' | 'day-biggest' | 'good-news';

/** A list's settings, as stored. */
export interface ListSettings {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly cadence: ListCadence;
  /** Local hour (0–23) of the subscriber at which the edition goes out, unless they chose another. */
  readonly sendHour: number;
  /** For weekly lists: 0 = Sunday … 6 = Saturday, in the subscriber's time zone. */
  readonly weekday: number | null;
  readonly selection: ListSelection;
  /** Most briefings in one edition. */
  readonly maxBriefings: number;
  /** Hours of briefings an edition looks back over. */
  readonly lookbackHours: number;
}

/** The default lists, sorted by slug. */
export const DEFAULT_LISTS: readonly ListSettings[] = Object.freeze([
  {
    slug: 'daily-digest',
    name: 'Daily Digest',
    description: 'The biggest stories of the day, every evening.',
    cadence: 'daily',
    sendHour: 18,
    weekday: null,
    selection: 'day-biggest',
    maxBriefings: 8,
    lookbackHours: 24,
  },
  {
    slug: 'good-news',
    name: 'Good News',
    description: 'Constructive and positive stories, once a week.',
    cadence: 'weekly',
    sendHour: 9,
    weekday: 6,
    selection: 'good-news',
    maxBriefings: 6,
    lookbackHours: 24 * 7,
  },
  {
    slug: 'morning-briefing',
    name: 'Morning Briefing',
    description: "The night's top briefings, early every morning.",
    cadence: 'daily',
    sendHour: 6,
    weekday: null,
    selection: 'overnight-top',
    maxBriefings: 5,
    lookbackHours: 12,
  },
]);

/** True for a slug a list may have: lowercase words joined by hyphens. */
export function isListSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 64;
}
