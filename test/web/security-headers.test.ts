import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { tempStore } from '../support/sqlite-temp.ts';
import { createWebApp } from '../../src/web/web-app.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/web/security-headers.ts';
import { SITE } from './site-fixture.ts';

describe('security headers', async () => {
  const temp = await tempStore();
  after(() => temp.cleanup());
  const app = createWebApp({
    store: temp.store,
    site: SITE,
    cacheSeconds: 0,
    extraRoutes: (web) => {
      web.get('/own-policy', (c) => c.html('<p style="color:red">x</p>', 200, { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" }));
      web.get('/plain', (c) => c.text('plain'));
    },
  });

  it('puts the strict policy and its companions on every response', async () => {
    for (const path of ['/', '/about', '/plain', '/no-such-page']) {
      const res = await app.request(path);
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
    }
  });

  it('keeps a policy a route chose itself (the email preview needs inline styles)', async () => {
    const res = await app.request('/own-policy');
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'");
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });
});
