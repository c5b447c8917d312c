import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyStatus, isPermanentRedirect, parseRetryAfter } from '../../../src/stages/fetch/response-classify.ts';

describe('classifyStatus', () => {
  it('maps statuses to outcomes', () => {
    const cases: [number, boolean, string][] = [
      [200, false, 'ok'], [203, false, 'ok'], [204, false, 'ok'], [299, false, 'ok'],
      [304, false, 'not-modified'], [429, false, 'rate-limited'], [503, true, 'rate-limited'],
      [301, true, 'redirect'], [302, true, 'redirect'], [303, true, 'redirect'], [307, true, 'redirect'], [308, true, 'redirect'],
      [301, false, 'http-error'], [300, true, 'http-error'], [305, true, 'http-error'],
      [400, false, 'http-error'], [404, false, 'http-error'], [410, false, 'http-error'], [500, false, 'http-error'], [502, false, 'http-error'],
      [100, false, 'http-error'],
    ];
    for (const [status, hasLocation, outcome] of cases) assert.equal(classifyStatus(status, hasLocation), outcome, `${status}`);
  });

  it('knows which redirects are permanent', () => {
    assert.deepEqual([301, 302, 303, 307, 308].map(isPermanentRedirect), [true, false, false, false, true]);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2024-03-01T12:00:00Z');

  it('reads delta-seconds', () => {
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
  });

  it('reads HTTP-dates relative to now, never negative', () => {
    assert.equal(parseRetryAfter('Fri, 01 Mar 2024 12:05:00 GMT', now), 300);
    assert.equal(parseRetryAfter('Friday, 01-Mar-24 12:01:00 GMT', now), 60);
    assert.equal(parseRetryAfter('Fri Mar  1 12:00:30 2024', now) !== null, true);
    assert.equal(parseRetryAfter('Fri, 01 Mar 2024 11:00:00 GMT', now), 0);
  });

  it('returns null for absent or unreadable values', () => {
    for (const value of [null, undefined, '', '  ', 'soon', '-5', '1.5', '12abc']) assert.equal(parseRetryAfter(value, now), null, String(value));
  });

  it('caps absurd values at a year', () => {
    assert.equal(parseRetryAfter('99999999999999', now), 365 * 24 * 3600);
    assert.equal(parseRetryAfter('Fri, 01 Mar 2999 12:00:00 GMT', now), 365 * 24 * 3600);
  });
});
