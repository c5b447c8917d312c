import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rssFeed } from '../support/feed-fixtures.ts';

const bin = new URL('../../bin/roundup.js', import.meta.url).pathname;

/** Runs the CLI to completion (asynchronously: the loopback server lives in this process). */
function roundup(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ROUNDUP_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the roundup command', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let env: Record<string, string>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'roundup-cli-'));
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssFeed(base, 'cli', 2));
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body></body></html>`);
      if (req.url === '/broken.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><title>cut');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    env = { ROUNDUP_DATA_DIR: join(dir, 'data'), ROUNDUP_FETCH_ALLOW_HOSTS: '127.0.0.1', ROUNDUP_FETCH_HOST_DELAY_MS: '0', ROUNDUP_FETCH_PAGES: 'false', ROUNDUP_SEED_OUTLETS: 'false' };
  });

  after(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('--help lists the commands and exits 0', async () => {
    const { code, stdout } = (await roundup(['--help'], env));
    assert.equal(code, 0);
    for (const command of ['start', 'ingest', 'sources', 'feed', 'replay']) assert.match(stdout, new RegExp(`\\b${command}\\b`));
  });

  it('loads the default outlets into an empty store; sources list --json is one JSON document', async () => {
    // Its own store: the seeded outlets are real ones, and tests never reach beyond loopback.
    const { code, stdout } = (await roundup(['sources', 'list', '--json'], { ...env, ROUNDUP_DATA_DIR: join(dir, 'seeded'), ROUNDUP_SEED_OUTLETS: 'true' }));
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as { outlets: { id: string; perspective: string; feeds: unknown[] }[] };
    assert.ok(doc.outlets.length >= 40);
    assert.ok(doc.outlets.every((o) => o.feeds.length > 0));
    assert.deepEqual(new Set(doc.outlets.map((o) => o.perspective)), new Set(['left', 'lean-left', 'centre', 'lean-right', 'right']));
  });

  it('sources add discovers the feed of a homepage and takes a perspective', async () => {
    const { code, stdout, stderr } = (await roundup(['sources', 'add', `${base}/`, '--name', 'Loopback Daily', '--perspective', 'lean-right', '--json'], env));
    assert.equal(code, 0, stderr);
    const added = JSON.parse(stdout) as { outlet: { id: string; perspective: string }; feeds: { url: string }[] };
    assert.equal(added.outlet.id, 'loopback-daily');
    assert.equal(added.outlet.perspective, 'lean-right');
    assert.deepEqual(added.feeds.map((f) => f.url), [`${base}/feed.xml`]);
  });

  it('fails with a one-line reason on stderr and a non-zero status', async () => {
    for (const args of [['sources', 'add', 'not a url'], ['sources', 'add', 'http://192.168.0.1/feed'], ['sources', 'add', `${base}/feed.xml`, '--perspective', 'sideways'], ['feed', join(dir, 'missing.xml')], ['ingest']]) {
      const { code, stderr } = await roundup(args, env);
      assert.notEqual(code, 0, args.join(' '));
      assert.equal(stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /^roundup: /);
    }
  });

  it('ingest --once stores items, and sources list shows a broken feed with its reason', async () => {
    (await roundup(['sources', 'add', `${base}/broken.xml`, '--name', 'Broken Feed'], env)); // refused at add: not a feed
    const opml = join(dir, 'broken.opml');
    writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline text="Broken" type="rss" xmlUrl="${base}/broken.xml"/></body></opml>`);
    assert.equal((await roundup(['sources', 'import-opml', opml], env)).code, 0);
    const { code, stdout } = (await roundup(['ingest', '--once'], { ...env, ROUNDUP_LOG_LEVEL: 'info' }));
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { event?: string; itemsNew?: number });
    assert.ok(lines.some((l) => l.event === 'ingest-done'), 'JSON log lines when stdout is not a terminal');
    const listing = (await roundup(['sources', 'list'], env)).stdout;
    assert.match(listing, /broken\.xml\n\s+error \(1x\): .+/);
    const json = JSON.parse((await roundup(['sources', 'list', '--json'], env)).stdout) as { outlets: { id: string; feeds: { lastError: string | null; lastCheckedAt: string | null }[] }[] };
    const loop = json.outlets.find((o) => o.id === 'loopback-daily');
    assert.equal(loop?.feeds[0]?.lastError, null);
    assert.ok(loop?.feeds[0]?.lastCheckedAt);
  });

  it('export-opml then import-opml into a new store keeps outlets and perspectives', async () => {
    const file = join(dir, 'export.opml');
    assert.equal((await roundup(['sources', 'export-opml', file], env)).code, 0);
    const other = { ...env, ROUNDUP_DATA_DIR: join(dir, 'data2'), ROUNDUP_SEED_OUTLETS: 'false' };
    assert.equal((await roundup(['sources', 'import-opml', file], other)).code, 0);
    const a = JSON.parse((await roundup(['sources', 'list', '--json'], env)).stdout) as { outlets: { id: string; perspective: string; feeds: { url: string }[] }[] };
    const b = JSON.parse((await roundup(['sources', 'list', '--json'], other)).stdout) as typeof a;
    const summary = (doc: typeof a) => doc.outlets.map((o) => `${o.id}:${o.perspective}:${o.feeds.map((f) => f.url).sort().join(',')}`).sort();
    assert.deepEqual(summary(b), summary(a));
    assert.match(readFileSync(file, 'utf8'), /<opml version="2.0"/);
  });

  it('sources remove drops an outlet and says so; an unknown id is an error', async () => {
    assert.equal((await roundup(['sources', 'remove', 'loopback-daily'], env)).code, 0);
    const again = (await roundup(['sources', 'remove', 'loopback-daily'], env));
    assert.equal(again.code, 1);
    assert.match(again.stderr, /no outlet/);
  });

  it('feed <file> --json prints the parsed feed', async () => {
    const file = join(dir, 'f.xml');
    writeFileSync(file, rssFeed('https://example.org', 'file', 3));
    const { code, stdout } = (await roundup(['feed', file, '--json'], env));
    assert.equal(code, 0);
    const feed = JSON.parse(stdout) as { format: string; entries: { title: string; link: string; published: string }[] };
    assert.equal(feed.format, 'rss');
    assert.equal(feed.entries.length, 3);
    assert.equal(feed.entries[0]?.title, 'file story 0 & more');
    assert.match(feed.entries[0]?.published ?? '', /^2026-10-01T00:00:00\.000Z$/);
  });

  it('start serves /healthz on PORT and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'start'], { env: { ...process.env, ...env, PORT: '0', ROUNDUP_SEED_OUTLETS: 'false', ROUNDUP_LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /"url":"(http:[^"]+)"/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`start exited ${code}`)));
    });
    const health = (await (await fetch(`${url}healthz`)).json()) as { ok: boolean; counts: { outlets: number } };
    assert.equal(health.ok, true);
    const page = await (await fetch(url)).text();
    assert.match(page, /<h1>Roundup<\/h1>/);
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.once('exit', r));
    assert.equal(code, 0);
  });
});
