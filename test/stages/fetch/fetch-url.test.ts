import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import { bareHostname, parseFetchUrl, resolveRedirect } from '../../../src/stages/fetch/fetch-url.ts';
import { httpStatusError, httpStatusOf, networkError, timeoutError, tooLargeError } from '../../../src/stages/fetch/fetch-errors.ts';

describe('parseFetchUrl / resolveRedirect', () => {
  it('accepts http and https, dropping the fragment', () => {
    assert.equal(parseFetchUrl('https://news.test/a#top').href, 'https://news.test/a');
    assert.equal(parseFetchUrl('HTTP://News.Test:80/a').href, 'http://news.test/a');
  });

  it('refuses other schemes and unparseable input', () => {
    for (const raw of ['ftp://x.test/', 'file:///etc/passwd', 'gopher://x.test/', 'javascript:1']) {
      assert.throws(() => parseFetchUrl(raw), (err) => isRoundupError(err, 'fetch/unsupported-scheme'), raw);
    }
    for (const raw of ['', 'news.test/feed', 'http://', 'http://[::1']) {
      assert.throws(() => parseFetchUrl(raw), (err) => isRoundupError(err, 'fetch/invalid-url'), raw);
    }
  });

  it('resolves relative Locations', () => {
    const base = new URL('https://news.test/a/b/c?q=1');
    assert.equal(resolveRedirect('../d', base).href, 'https://news.test/a/d');
    assert.equal(resolveRedirect('/root', base).href, 'https://news.test/root');
    assert.equal(resolveRedirect('//cdn.test/x', base).href, 'https://cdn.test/x');
    assert.equal(resolveRedirect('?page=2', base).href, 'https://news.test/a/b/c?page=2');
    assert.throws(() => resolveRedirect('ftp://x.test/', base), (err) => isRoundupError(err, 'fetch/unsupported-scheme'));
  });

  it('gives the bare host name DNS and allow lists use', () => {
    assert.equal(bareHostname(new URL('http://[::1]:8080/')), '::1');
    assert.equal(bareHostname(new URL('http://News.Test./')), 'news.test');
  });
});

describe('fetch errors', () => {
  it('are one-line, human-readable and name the URL', () => {
    const url = 'https://news.test/feed';
    const errors = [
      httpStatusError(url, 404, 'Not Found'),
      timeoutError(url, 'headers', 15000),
      tooLargeError(url, 10 * 1024 * 1024, true),
      networkError(url, Object.assign(new Error('connect ECONNREFUSED 1.2.3.4:80\n  more'), { code: 'ECONNREFUSED' })),
    ];
    for (const err of errors) {
      assert.ok(err.message.includes(url), err.message);
      assert.doesNotMatch(err.message, /\n/);
    }
    assert.equal(errors[0]?.message, 'HTTP 404 Not Found from https://news.test/feed');
    assert.equal(errors[2]?.message, 'Gave up on https://news.test/feed: the decompressed body is larger than 10 MiB');
    assert.equal(httpStatusOf(errors[0]), 404);
    assert.equal(httpStatusOf(errors[1]), null);
  });
});
