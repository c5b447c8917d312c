import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_CRAWL_DELAY_SECONDS, parseRobotsRules, robotsAllows, robotsUrlFor, robotsVerdictForStatus } from '../../../src/stages/fetch/robots-policy.ts';

const UA = 'Roundup/0.1 (+https://github.com/roundup-news/roundup)';
const TXT = [
  'User-agent: *',
  'Disallow: /',
  '',
  'User-agent: roundup',
  'Disallow: /private/',
  'Allow: /private/press/',
  'Disallow: /*.pdf$',
].join('\n');

describe('robotsAllows', () => {
  it('applies our group, matched on the User-Agent product token, case-insensitively', () => {
    assert.equal(robotsAllows(TXT, 'https://news.test/story/1', UA), true);
    assert.equal(robotsAllows(TXT, 'https://news.test/private/x', UA), false);
    assert.equal(robotsAllows(TXT, 'https://news.test/private/press/release', UA), true);
    assert.equal(robotsAllows(TXT, 'https://news.test/files/report.pdf', UA), false);
  });

  it('falls back to the * group for other agents', () => {
    assert.equal(robotsAllows(TXT, 'https://news.test/story/1', 'OtherBot/2.0'), false);
  });

  it('allows everything without a robots.txt or with an empty one', () => {
    assert.equal(robotsAllows(null, 'https://news.test/anything', UA), true);
    assert.equal(robotsAllows('', 'https://news.test/anything', UA), true);
    assert.equal(robotsAllows('garbage that is not robots.txt', 'https://news.test/a', UA), true);
  });
});

describe('parseRobotsRules: Crawl-delay', () => {
  const ROBOTS_URL = 'https://news.test/robots.txt';
  it("reads our group's Crawl-delay, not another group's", () => {
    const txt = 'User-agent: *\nCrawl-delay: 9\n\nUser-agent: Roundup\nCrawl-delay: 2.5\nDisallow: /x\n';
    assert.equal(parseRobotsRules(ROBOTS_URL, txt, UA).crawlDelaySeconds, 2.5);
    assert.equal(parseRobotsRules(ROBOTS_URL, txt, 'OtherBot/1').crawlDelaySeconds, 9);
    assert.equal(parseRobotsRules(ROBOTS_URL, txt, UA).allows('https://news.test/x'), false);
  });
  it('caps a very long Crawl-delay and ignores unusable ones', () => {
    assert.equal(parseRobotsRules(ROBOTS_URL, 'User-agent: *\nCrawl-delay: 86400\n', UA).crawlDelaySeconds, MAX_CRAWL_DELAY_SECONDS);
    for (const value of ['0', '-3', 'soon', '']) {
      assert.equal(parseRobotsRules(ROBOTS_URL, `User-agent: *\nCrawl-delay: ${value}\n`, UA).crawlDelaySeconds, null, value);
    }
    assert.equal(parseRobotsRules(ROBOTS_URL, null, UA).crawlDelaySeconds, null);
  });
});

describe('robotsUrlFor', () => {
  it('keeps scheme, host and port', () => {
    assert.equal(robotsUrlFor('https://news.test:8443/a/b?c=1#d'), 'https://news.test:8443/robots.txt');
    assert.equal(robotsUrlFor(new URL('http://news.test/x')), 'http://news.test/robots.txt');
  });
});

describe('robotsVerdictForStatus (RFC 9309 §2.3.1)', () => {
  it('allows everything when robots.txt is unavailable (4xx)', () => {
    for (const status of [400, 401, 403, 404, 410]) assert.equal(robotsVerdictForStatus(status), 'allow-all', String(status));
  });
  it('disallows everything when robots.txt is unreachable (5xx, 429, network)', () => {
    for (const status of [429, 500, 502, 503, null]) assert.equal(robotsVerdictForStatus(status), 'disallow-all', String(status));
  });
});
