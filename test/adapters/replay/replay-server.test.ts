import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startReplayServer, type ReplayServer } from '../../../src/adapters/replay/replay-server.ts';
import { isRoundupError } from '../../../src/core/errors.ts';
import { rawRequest } from './raw-http.ts';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><link>{{BASE}}/articles/a.html</link></item></channel></rss>';
const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [] });

async function writeSite(root: string): Promise<void> {
  await mkdir(join(root, 'feeds'), { recursive: true });
  await mkdir(join(root, 'sub'), { recursive: true });
  await mkdir(join(root, 'empty'), { recursive: true });
  await writeFile(join(root, 'feeds', 'a.xml'), RSS);
  await writeFile(join(root, 'feeds', 'b.rss'), RSS);
  await writeFile(join(root, 'feeds', 'c.atom'), '<feed xmlns="http://www.w3.org/2005/Atom"/>');
  await writeFile(join(root, 'feeds', 'atom-in.xml'), '<?xml version="1.0"?>\n<!-- x --><feed xmlns="http://www.w3.org/2005/Atom"/>');
  await writeFile(join(root, 'feeds', 'd.json'), JSON_FEED);
  await writeFile(join(root, 'data.json'), '{"a":1}');
  await writeFile(join(root, 'index.html'), '<html><head><link rel="alternate" href="{{BASE}}/feeds/a.xml"></head></html>');
  await writeFile(join(root, 'sub', 'index.html'), '<p>sub</p>');
  await writeFile(join(root, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  await writeFile(join(root, 'logo.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('{{BASE}}')]));
  await writeFile(join(root, '.secret'), 'hidden');
  await writeFile(join(root, 'mutable.txt'), 'version one');
}

describe('replay server', () => {
  let parent: string;
  let root: string;
  let server: ReplayServer;

  before(async () => {
    parent = await mkdtemp(join(tmpdir(), 'replay-server-'));
    root = join(parent, 'site');
    await mkdir(root);
    await writeSite(root);
    // Outside the served directory: must never be readable through it.
    await writeFile(join(parent, 'outside.txt'), 'TOP SECRET');
    await symlink(join(parent, 'outside.txt'), join(root, 'link-out.txt'));
    server = await startReplayServer({ dir: root, port: 0 });
  });

  after(async () => {
    await server.close();
    await rm(parent, { recursive: true, force: true });
  });

  test('port 0 gives a real loopback port and matching url', () => {
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}`);
  });

  test('serves a feed with strong ETag, Last-Modified, Cache-Control and the placeholder filled in', async () => {
    const res = await rawRequest(server.url, '/feeds/a.xml');
    assert.equal(res.status, 200);
    assert.match(String(res.headers.etag), /^"[\w-]+"$/);
    assert.ok(!Number.isNaN(Date.parse(String(res.headers['last-modified']))));
    assert.match(String(res.headers['cache-control']), /max-age=\d+/);
    assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
    assert.ok(res.body.includes(`<link>${server.url}/articles/a.html</link>`));
    assert.ok(!res.body.includes('{{BASE}}'));
    assert.equal(Number(res.headers['content-length']), Buffer.byteLength(res.body));
  });

  test('content types by extension, with JSON Feed and Atom-in-.xml sniffed', async () => {
    const expected: Record<string, string> = {
      '/feeds/b.rss': 'application/rss+xml; charset=utf-8',
      '/feeds/c.atom': 'application/atom+xml; charset=utf-8',
      '/feeds/atom-in.xml': 'application/atom+xml; charset=utf-8',
      '/feeds/d.json': 'application/feed+json; charset=utf-8',
      '/data.json': 'application/json; charset=utf-8',
      '/index.html': 'text/html; charset=utf-8',
      '/robots.txt': 'text/plain; charset=utf-8',
      '/logo.png': 'image/png',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await rawRequest(server.url, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['content-type'], type, path);
    }
  });

  test('binary files are served byte for byte, placeholder-looking bytes untouched', async () => {
    const res = await rawRequest(server.url, '/logo.png');
    assert.equal(res.headers['content-length'], '12');
    assert.ok(res.body.endsWith('{{BASE}}'));
  });

  test('304 on a matching If-None-Match (exact, weak and in a list) and on *', async () => {
    const first = await rawRequest(server.url, '/feeds/a.xml');
    const etag = String(first.headers.etag);
    for (const value of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const res = await rawRequest(server.url, '/feeds/a.xml', { headers: { 'if-none-match': value } });
      assert.equal(res.status, 304, value);
      assert.equal(res.body, '');
      assert.equal(res.headers.etag, etag);
    }
    const miss = await rawRequest(server.url, '/feeds/a.xml', { headers: { 'if-none-match': '"nope"' } });
    assert.equal(miss.status, 200);
  });

  test('304 on If-Modified-Since at or after Last-Modified, 200 before it', async () => {
    const first = await rawRequest(server.url, '/robots.txt');
    const lastModified = String(first.headers['last-modified']);
    const same = await rawRequest(server.url, '/robots.txt', { headers: { 'if-modified-since': lastModified } });
    assert.equal(same.status, 304);
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    const older = await rawRequest(server.url, '/robots.txt', { headers: { 'if-modified-since': earlier } });
    assert.equal(older.status, 200);
    const junk = await rawRequest(server.url, '/robots.txt', { headers: { 'if-modified-since': 'not a date' } });
    assert.equal(junk.status, 200);
  });

  test('If-None-Match takes precedence over If-Modified-Since', async () => {
    const first = await rawRequest(server.url, '/robots.txt');
    const res = await rawRequest(server.url, '/robots.txt', {
      headers: { 'if-none-match': '"stale"', 'if-modified-since': String(first.headers['last-modified']) },
    });
    assert.equal(res.status, 200);
  });

  test('HEAD sends the headers of GET without a body', async () => {
    const get = await rawRequest(server.url, '/feeds/a.xml');
    const head = await rawRequest(server.url, '/feeds/a.xml', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers.etag, get.headers.etag);
    assert.equal(head.headers['content-length'], get.headers['content-length']);
  });

  test('404 for missing files, hidden files and paths through a file', async () => {
    for (const path of ['/nope.xml', '/feeds/nope.xml', '/.secret', '/robots.txt/x', '/empty/']) {
      const res = await rawRequest(server.url, path);
      assert.equal(res.status, 404, path);
    }
  });

  test('traversal is refused, plain or percent-encoded, and never leaks outside files', async () => {
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/outside.txt',
      '/feeds/../../outside.txt',
      '/feeds/%2e%2e/%2e%2e/outside.txt',
      '/..%2foutside.txt',
      '/..%5coutside.txt',
      '/./robots.txt',
      '/%00robots.txt',
      '/%zz',
    ];
    for (const path of attempts) {
      const res = await rawRequest(server.url, path);
      assert.ok(res.status === 400 || res.status === 404, `${path} -> ${res.status}`);
      assert.ok(!res.body.includes('TOP SECRET') && !res.body.includes('"name"'), path);
    }
  });

  test('a symlink pointing outside the directory is not followed', async () => {
    const res = await rawRequest(server.url, '/link-out.txt');
    assert.equal(res.status, 404);
    assert.ok(!res.body.includes('TOP SECRET'));
  });

  test('directories serve index.html, redirecting to the trailing slash first', async () => {
    const home = await rawRequest(server.url, '/');
    assert.equal(home.status, 200);
    assert.ok(home.body.includes(`${server.url}/feeds/a.xml`));
    const redirect = await rawRequest(server.url, '/sub?x=1');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/sub/?x=1');
    const sub = await rawRequest(server.url, '/sub/');
    assert.equal(sub.body, '<p>sub</p>');
  });

  test('query strings are ignored when mapping to files', async () => {
    const res = await rawRequest(server.url, '/robots.txt?utm_source=x');
    assert.equal(res.status, 200);
  });

  test('other methods get 405 with Allow', async () => {
    const res = await rawRequest(server.url, '/robots.txt', { method: 'POST' });
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
  });

  test('a file changed on disk is served fresh with a new ETag', async () => {
    const before = await rawRequest(server.url, '/mutable.txt');
    await writeFile(join(root, 'mutable.txt'), 'version two, longer');
    const later = new Date(Date.now() + 5_000);
    await utimes(join(root, 'mutable.txt'), later, later);
    const after = await rawRequest(server.url, '/mutable.txt');
    assert.equal(after.body, 'version two, longer');
    assert.notEqual(after.headers.etag, before.headers.etag);
  });

  test('the ETag reflects the served content: another port, another ETag for a placeholder file', async () => {
    const other = await startReplayServer({ dir: root, port: 0 });
    try {
      const a = await rawRequest(server.url, '/feeds/a.xml');
      const b = await rawRequest(other.url, '/feeds/a.xml');
      assert.notEqual(a.headers.etag, b.headers.etag);
      const robotsA = await rawRequest(server.url, '/robots.txt');
      const robotsB = await rawRequest(other.url, '/robots.txt');
      assert.equal(robotsA.headers.etag, robotsB.headers.etag);
    } finally {
      await other.close();
    }
  });

  test('baseUrl overrides the origin written for the placeholder', async () => {
    const other = await startReplayServer({ dir: root, port: 0, baseUrl: 'http://news.test:8080/' });
    try {
      const res = await rawRequest(other.url, '/feeds/a.xml');
      assert.ok(res.body.includes('<link>http://news.test:8080/articles/a.html</link>'));
    } finally {
      await other.close();
    }
  });

  test('serves many files concurrently and quickly', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `bulk/p${i}.html`);
    await mkdir(join(root, 'bulk'), { recursive: true });
    await Promise.all(names.map((n) => writeFile(join(root, n), `<html><a href="{{BASE}}/${n}">x</a></html>`)));
    const started = performance.now();
    const queue = Array.from({ length: 3000 }, (_, i) => names[i % names.length] ?? '');
    const worker = async (): Promise<void> => {
      for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
        const res = await fetch(`${server.url}/${path}`);
        assert.equal(res.status, 200);
        await res.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    // Generous bound: a loaded CI box still does thousands of loopback requests per second.
    assert.ok(performance.now() - started < 20_000);
  });

  test('closing twice is harmless', async () => {
    const other = await startReplayServer({ dir: root, port: 0 });
    await other.close();
    await other.close();
  });
});

describe('replay server start-up failures', () => {
  test('a missing directory is a typed error', async () => {
    await assert.rejects(startReplayServer({ dir: join(tmpdir(), 'no-such-replay-dir-xyz'), port: 0 }), (err) => isRoundupError(err, 'replay/not-a-directory'));
  });

  test('a port in use is a typed error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'replay-port-'));
    const first = await startReplayServer({ dir, port: 0 });
    try {
      await assert.rejects(startReplayServer({ dir, port: first.port }), (err) => isRoundupError(err, 'replay/listen-failed'));
    } finally {
      await first.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
