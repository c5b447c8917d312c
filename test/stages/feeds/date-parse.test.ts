// Feed dates, with cases modelled on feedparser's date parser tests (RFC 822 and its
// near-misses, W3CDTF, asctime, MSSQL and Perforce styles, and the values it rejects).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFeedDate } from '../../../src/stages/feeds/index.ts';

/** Input, and the expected UTC time without milliseconds (null: unreadable). */
const CASES: ReadonlyArray<readonly [string, string | null]> = [
  // RFC 822 and relatives
  ['Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21'],
  ['Thu, 01 Jan 04 19:48:21 GMT', '2004-01-01T19:48:21'],
  ['Thu,  5 Apr 2012 10:00:00 GMT', '2012-04-05T10:00:00'],
  ['Thu, 30 Apr 2015 08:57:00 MET', '2015-04-30T07:57:00'],
  ['Thu, 30 Apr 2015 08:57:00 MEST', '2015-04-30T06:57:00'],
  ['Wed, 19 Aug 2009 18:28:00 Etc/GMT', '2009-08-19T18:28:00'],
  ['Wed, 19 Feb 2012 22:40:00 GMT-01:01', '2012-02-19T23:41:00'],
  ['Wed, 19 Feb 2012 22:40:00 -01:01', '2012-02-19T23:41:00'],
  ['Mon, 13 Feb, 2012 06:28:00 UTC', '2012-02-13T06:28:00'],
  ['Thu, 01 Jan 2004 00:00 GMT', '2004-01-01T00:00:00'],
  ['Thu, 01 Jan 2004', '2004-01-01T00:00:00'],
  ['Thu, 01 Jan 0100 00:00:01 +0100', '0099-12-31T23:00:01'],
  ['Mon, 26 January 2004 16:31:00 AT', '2004-01-26T20:31:00'],
  ['Mon, 26 January 2004 16:31:00 ET', '2004-01-26T21:31:00'],
  ['Mon, 26 January 2004 16:31:00 CT', '2004-01-26T22:31:00'],
  ['Mon, 26 January 2004 16:31:00 MT', '2004-01-26T23:31:00'],
  ['Mon, 26 January 2004 16:31:00 PT', '2004-01-27T00:31:00'],
  ['Tue, 10 Jun 2003 04:00:00 EDT', '2003-06-10T08:00:00'],
  ['Tue, 10 Jun 2003 04:00 PM EST', '2003-06-10T21:00:00'],
  ['Thu Aug 30 2012 17:26:16 +0200', '2012-08-30T15:26:16'],
  ['Thu Aug 30 2012 17:26:16 GMT+0200 (CEST)', '2012-08-30T15:26:16'],
  ['Sun Jan  4 16:29:06 2004', '2004-01-04T16:29:06'],
  ['Sun Jul 15 01:16:00 +0000 2012', '2012-07-15T01:16:00'],
  ['Fri, 2006/09/15 08:19:53 EDT', '2006-09-15T12:19:53'],
  ['Sun, 16 Dec 2012 1:2:3:4 GMT', null],
  ['Sun, 16 zzz 2012 11:47:32 GMT', null],
  ['Sun, Dec x 2012 11:47:32 GMT', null],
  ['Sun, 16 Dec zz 11:47:32 GMT', null],
  ['Sun, 16 Dec 2012 11:47:32 +zz:00', null],
  ['Sun, 16 Dec 2012 11:47:32 +00:zz', null],
  ['Sun, 99 Jun 2009 12:00:00 GMT', null],
  ['Sun, 31 Dec 9999 23:59:59 -9999', null],
  // W3CDTF / ISO 8601
  ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55'],
  ['2003-12-31T10:14:55-08:00', '2003-12-31T18:14:55'],
  ['2003-12-31T18:14:55+08:00', '2003-12-31T10:14:55'],
  ['2003-12-31T10:14Z', '2003-12-31T10:14:00'],
  ['2003-12-31', '2003-12-31T00:00:00'],
  ['2003-12', '2003-12-01T00:00:00'],
  ['2003', '2003-01-01T00:00:00'],
  ['2003-012-31T10:14:55+00:00', '2003-12-31T10:14:55'],
  ['20031231T101455Z', '2003-12-31T10:14:55'],
  ['2004-02-28T18:14:55-08:00', '2004-02-29T02:14:55'],
  ['2003-02-28T18:14:55-08:00', '2003-03-01T02:14:55'],
  ['2000-02-28T18:14:55-08:00', '2000-02-29T02:14:55'],
  ['2004-07-08 23:56:58 -00:20', '2004-07-09T00:16:58'],
  ['2004-07-08 23:56:58', '2004-07-08T23:56:58'],
  ['2004-07-08 23:56:58.0', '2004-07-08T23:56:58'],
  ['9999-12-31T23:59:59-99:99', null],
  ['2003-12-31T25:14:55Z', null],
  ['2003-12-31T10:61:55Z', null],
  ['2003-12-31T10:14:61Z', null],
  ['22013', null],
  ['013', null],
  ['2013-01-27-01', null],
  ['2013-01-28T11:30:00-06:00Textra', null],
  ['2013-xx-27', null],
  ['2013-01-28T09:xx:00Z', null],
  ['2013-01-28T09:00:00+00:xx', null],
  ['', null],
  ['yesterday', null],
];

describe('parseFeedDate', () => {
  for (const [input, expected] of CASES) {
    it(`${JSON.stringify(input)} -> ${expected ?? 'null'}`, () => {
      const parsed = parseFeedDate(input);
      assert.equal(parsed === null ? null : parsed.replace(/\.\d{3}Z$/, ''), expected);
    });
  }

  it('keeps milliseconds and returns toISOString() form', () => {
    assert.equal(parseFeedDate('2007-04-23T23:25:47.538+10:00'), '2007-04-23T13:25:47.538Z');
    assert.equal(parseFeedDate(' Thu, 01 Jan 2004 19:48:21 GMT\n'), '2004-01-01T19:48:21.000Z');
  });
});
