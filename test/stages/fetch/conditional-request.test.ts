import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptHeaderFor, conditionalRequestHeaders } from '../../../src/stages/fetch/conditional-request.ts';

const userAgent = 'Roundup/0.1 (+https://github.com/roundup-news/roundup)';

describe('conditionalRequestHeaders', () => {
  it('sends the validators of a stored response', () => {
    const headers = conditionalRequestHeaders({ purpose: 'feed', userAgent, etag: 'W/"abc"', lastModified: 'Tue, 02 Jan 2024 10:00:00 GMT' });
    assert.equal(headers['if-none-match'], 'W/"abc"');
    assert.equal(headers['if-modified-since'], 'Tue, 02 Jan 2024 10:00:00 GMT');
    assert.equal(headers['user-agent'], userAgent);
    assert.equal(headers['accept-encoding'], 'gzip, deflate, br');
  });

  it('omits missing, empty or header-splitting validators', () => {
    for (const etag of [null, undefined, '', '  ', '"a"\r\nX-Evil: 1']) {
      const headers = conditionalRequestHeaders({ purpose: 'feed', userAgent, etag, lastModified: etag });
      assert.equal('if-none-match' in headers, false, String(etag));
      assert.equal('if-modified-since' in headers, false, String(etag));
    }
  });

  it('asks for the right media types per purpose', () => {
    assert.match(acceptHeaderFor('feed'), /^application\/rss\+xml, application\/atom\+xml, application\/feed\+json/);
    assert.match(acceptHeaderFor('page'), /^text\/html/);
    assert.match(acceptHeaderFor('robots'), /^text\/plain/);
    assert.match(acceptHeaderFor('discovery'), /text\/html.*application\/rss\+xml/);
    for (const purpose of ['feed', 'page', 'robots', 'discovery'] as const) assert.match(acceptHeaderFor(purpose), /\*\/\*;q=/);
  });
});
