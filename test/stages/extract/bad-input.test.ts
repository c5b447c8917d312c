import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/stages/extract/index.ts';

const PARAGRAPH = '<p>The minister said the plan would be published next week, after talks with the unions and the regions.</p>';

/** Runs the extractor, asserting it neither throws nor spends more than a second of CPU time
 * (CPU, not wall-clock time, so that other processes on a shared machine do not fail the test). */
function timed(html: string): { outcome: ReturnType<typeof extractArticle>; ms: number } {
  const started = process.cpuUsage();
  const outcome = extractArticle(html, { url: 'https://example.org/a' });
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms of CPU`);
  return { outcome, ms };
}

/** Asserts a clear no-article outcome whose reason matches. */
function assertNoArticle(html: string, reason: RegExp): void {
  const { outcome } = timed(html);
  assert.equal(outcome.kind, 'no-article');
  if (outcome.kind === 'no-article') assert.match(outcome.reason, reason);
}

describe('extractArticle on bad input', () => {
  // The 1 s limit is for a running worker: compile the code paths once before timing.
  extractArticle(`<html><body>${PARAGRAPH.repeat(3)}</body></html>`, { url: null });
  it('an empty file is "empty input"', () => assertNoArticle('', /empty/));
  it('whitespace only is "empty input"', () => assertNoArticle(' \n\t ', /empty/));
  it('binary data is "binary content"', () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);
    assertNoArticle(new TextDecoder('latin1').decode(bytes).replace(/</g, ''), /binary/);
    assertNoArticle(new TextDecoder('utf-8').decode(bytes), /binary|markup/);
  });
  it('a PDF is named as one', () => assertNoArticle('%PDF-1.7\n1 0 obj << /Type /Catalog >>', /PDF/));
  it('JSON or plain text is "no HTML markup"', () => {
    assertNoArticle('{"title": "not a page", "items": [1, 2, 3]}', /markup/);
    assertNoArticle('Just some words, no tags at all.', /markup/);
  });
  it('a page without text is "no article text found"', () => assertNoArticle('<html><body><div><img src="a.png"></div></body></html>', /no article text/));
  it('a 20 MB page is cut to the budget and still read in under a second', () => {
    const html = `<html><body><article>${PARAGRAPH.repeat(10)}</article>${'<div><span>filler text</span></div>'.repeat(600_000)}</body></html>`;
    assert.ok(html.length > 20_000_000);
    const { outcome } = timed(html);
    assert.equal(outcome.kind, 'article');
  });
  it('100,000 nested <div>s neither overflow the stack nor hang', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}${PARAGRAPH}${'</div>'.repeat(100_000)}</body></html>`;
    const { outcome } = timed(html);
    assert.equal(outcome.kind, 'article');
    if (outcome.kind === 'article') assert.match(outcome.article.text, /minister said/);
  });
  it('100,000 unclosed inline elements are handled', () => {
    timed(`<html><body>${'<b><i>x'.repeat(100_000)}</body></html>`);
  });
  it('a page decoded with the wrong charset still gives its text', () => {
    const utf8 = new TextEncoder().encode(`<html><body><article>${PARAGRAPH.replace('minister', 'ministre délégué')}</article></body></html>`);
    const { outcome } = timed(new TextDecoder('windows-1252').decode(utf8));
    assert.equal(outcome.kind, 'article');
    if (outcome.kind === 'article') assert.match(outcome.article.text, /ministre dÃ©lÃ©guÃ©/);
  });
  it('broken markup (unclosed tags, stray closers, bad attributes) still gives the article', () => {
    const html = `<html><body><div class=x <p>Broken</div></span></p><p class="a"b="c"><article>${PARAGRAPH}<p>Second paragraph of the article, still readable despite the broken markup around it.<div></article></table>`;
    const { outcome } = timed(html);
    assert.equal(outcome.kind, 'article');
  });
  it('an article inside a <head> that was never closed is still read', () => {
    const { outcome } = timed(`<html><head><title>T</title><div class="content">${PARAGRAPH}${PARAGRAPH}</div></head></html>`);
    assert.equal(outcome.kind, 'article');
  });
  it('malformed JSON-LD is ignored', () => {
    const { outcome } = timed(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head><body>${PARAGRAPH}</body></html>`);
    assert.equal(outcome.kind, 'article');
  });
});
