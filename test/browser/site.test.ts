// The website in a real headless Chromium: front page, a story, a sentence to its source, search;
// no console error, no XSS payload running, no serious or critical axe-core violation; screenshots
// at phone and desktop widths in test-artifacts/.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, hasChromium, openBrowserHarness, payloadRan, screenshots, type BrowserHarness, type PageProblems } from './browser-harness.ts';

const skip = hasChromium ? false : 'Debian chromium is not installed (.ci/run installs it)';

/** Asserts a page reported nothing and ran no payload. */
async function assertClean(page: import('playwright-core').Page, problems: PageProblems): Promise<void> {
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.dialogs, [], 'dialogs (an XSS payload would open one)');
  assert.equal(await payloadRan(page), false, 'an XSS payload ran');
}

describe('website in Chromium', { skip }, () => {
  let h: BrowserHarness;
  before(async () => {
    h = await openBrowserHarness();
  });
  after(async () => h?.close());

  it('front page: stories with coverage bars, accessible, screenshots', async () => {
    const { page, problems } = await h.open('/');
    assert.equal(await page.locator('h1').first().textContent(), 'Roundup');
    assert.ok((await page.locator('.story-card').count()) >= 3);
    assert.ok((await page.locator('svg.coverage-bar').count()) >= 3);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'front');
    await assertClean(page, problems);
  });

  it('follow a story, then a sentence to its source passage', async () => {
    const { page, problems } = await h.open('/');
    await page.locator('.story-card.lead h3 a').click();
    await page.waitForURL(/\/stories\/s1$/);
    assert.match((await page.locator('article.briefing h1').textContent()) ?? '', /Supreme Court sides with police/);
    for (const part of ['What happened', 'Who said what', 'What next?', 'Sources']) assert.equal(await page.getByRole('heading', { name: part }).count(), 1, part);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'story');
    const sentence = (await page.locator('.sentence').first().textContent()) ?? '';
    await page.locator('a.src').first().click();
    await page.waitForURL(/\/articles\/\d+\?span=/);
    assert.equal(await page.locator('#passage mark').textContent(), sentence);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'article');
    await assertClean(page, problems);
  });

  it('search from the masthead shows stories and marked snippets', async () => {
    const { page, problems } = await h.open('/about');
    await page.locator('#search-q').fill('budget deal');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/\/search\?q=budget/);
    assert.ok((await page.locator('.story-card').count()) >= 1);
    assert.ok((await page.locator('.hits mark').count()) >= 1);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'search');
    await assertClean(page, problems);
  });

  it('no XSS payload runs on any page that shows one', async () => {
    const { xss } = h.fixture.stories;
    const paths = [`/stories/${xss}`, '/outlets/evil', '/topics/supreme-court', '/articles/4?span=0-20', '/articles/5', `/search?q=${encodeURIComponent('<script>window.__xss=1</script> payload')}`, '/search?q=payload', '/outlets'];
    for (const path of paths) {
      const { page, problems } = await h.open(path);
      await assertClean(page, problems);
      // Clicking every link to a payload URL must not run it either (javascript: links are never rendered).
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0, path);
      await page.close();
    }
    const { page } = await h.open(`/stories/${xss}`);
    assert.deepEqual(await axeViolations(page), []);
    await screenshots(page, 'story-xss');
  });

  it('error pages are readable and accessible', async () => {
    const { page } = await h.open('/stories/nope');
    assert.equal(await page.locator('main h1').textContent(), 'Not found');
    assert.deepEqual(await axeViolations(page), []);
  });
});
