import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { maxAgeSeconds, postingIntervalSeconds, refreshIntervalSeconds } from '../../../src/stages/fetch/refresh-interval.ts';

const now = new Date('2024-05-10T12:00:00Z');
/** ISO dates `count` entries back from `newestAgoMin`, every `gapMin` minutes. */
function everyMinutes(gapMin: number, count: number, newestAgoMin = 0): string[] {
  return Array.from({ length: count }, (_, i) => new Date(now.getTime() - (newestAgoMin + i * gapMin) * 60_000).toISOString());
}
const base = { ttlMinutes: null, cacheControl: null, now };

describe('refreshIntervalSeconds', () => {
  it('follows the median gap between recent entries', () => {
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: everyMinutes(30, 10) }), 1800);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: everyMinutes(120, 10) }), 7200);
  });

  it('is not thrown off by one long pause or unordered input', () => {
    const dates = [...everyMinutes(20, 8), new Date(now.getTime() - 30 * 86_400_000).toISOString()].reverse();
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: dates }), 1200);
  });

  it('clamps to [5 min, 24 h] by default and to the given bounds', () => {
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: everyMinutes(1, 20) }), 300);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: everyMinutes(3 * 1440, 5) }), 86_400);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: everyMinutes(1, 20), minSeconds: 60 }), 60);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: everyMinutes(600, 5), maxSeconds: 3600 }), 3600);
  });

  it('checks hourly when the entries show no rhythm', () => {
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: [] }), 3600);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: [now.toISOString()] }), 3600);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: ['garbage', 'also not a date'] }), 3600);
    // Every entry stamped with the build time says nothing of the rhythm: not the 5-minute minimum.
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: Array(10).fill(now.toISOString()) }), 3600);
  });

  it('slows down for a feed that has gone quiet', () => {
    // Posted every 10 minutes, but the newest entry is two days old: poll at a quarter of the silence.
    const quiet = everyMinutes(10, 10, 2 * 1440);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: quiet }), 2 * 86_400 / 4);
  });

  it('is raised to the RSS ttl and to Cache-Control max-age', () => {
    const busy = everyMinutes(10, 10);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: busy, ttlMinutes: 60 }), 3600);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: busy, cacheControl: 'public, max-age=7200' }), 7200);
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: busy, ttlMinutes: 60, cacheControl: 'max-age=900' }), 3600);
    // Neither may push it past the upper bound.
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: busy, ttlMinutes: 10_000 }), 86_400);
  });

  it('treats future-dated entries as now and ignores absurd ones', () => {
    const skewed = [new Date(now.getTime() + 3600_000).toISOString(), ...everyMinutes(30, 5, 30)];
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: skewed }), 1800);
    const bogus = [new Date(now.getTime() + 400 * 86_400_000).toISOString(), ...everyMinutes(30, 5)];
    assert.equal(refreshIntervalSeconds({ ...base, entryDates: bogus }), 1800);
  });

  it('returns whole seconds', () => {
    const dates = [now.toISOString(), new Date(now.getTime() - 1234_567).toISOString()];
    assert.ok(Number.isInteger(refreshIntervalSeconds({ ...base, entryDates: dates })));
  });
});

describe('postingIntervalSeconds', () => {
  it('takes the median of an even number of gaps', () => {
    const dates = ['2024-05-10T12:00:00Z', '2024-05-10T11:50:00Z', '2024-05-10T11:30:00Z'];
    assert.equal(postingIntervalSeconds(dates, now, 99), 900);
  });
});

describe('maxAgeSeconds', () => {
  it('reads max-age and ignores responses that must not be reused', () => {
    assert.equal(maxAgeSeconds(null), 0);
    assert.equal(maxAgeSeconds('max-age=600'), 600);
    assert.equal(maxAgeSeconds('Public, Max-Age="300", must-revalidate'), 300);
    assert.equal(maxAgeSeconds('s-maxage=100'), 0);
    assert.equal(maxAgeSeconds('no-cache, max-age=600'), 0);
    assert.equal(maxAgeSeconds('no-store'), 0);
    assert.equal(maxAgeSeconds('max-age=abc'), 0);
  });
});
