// HTTPS goes through the same guard and verifies certificates: a self-signed one is refused.
// The certificate is made at test time with the openssl CLI (no key is committed); without
// openssl the test is skipped, saying why.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isRoundupError } from '../../../src/core/errors.ts';
import { createHttpClient } from '../../../src/adapters/http/index.ts';
import { TEST_CLIENT_OPTIONS } from './test-server.ts';

function selfSignedCertificate(): { key: Buffer; cert: Buffer } | null {
  const dir = mkdtempSync(join(tmpdir(), 'roundup-tls-'));
  try {
    const result = spawnSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ], { stdio: 'ignore' });
    if (result.status !== 0) return null;
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tls = selfSignedCertificate();

describe('HTTPS', { skip: tls === null ? 'the openssl CLI is not available to make a test certificate' : false }, () => {
  it('refuses a self-signed certificate as fetch/network, after connecting', async (t) => {
    let connections = 0;
    const server = https.createServer({ ...tls }, (_req, res) => res.end('should not be read'));
    server.on('connection', () => { connections += 1; });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;

    const client = createHttpClient(TEST_CLIENT_OPTIONS);
    await assert.rejects(client.get({ url: `https://127.0.0.1:${port}/`, purpose: 'feed' }), (err) => {
      assert.ok(isRoundupError(err, 'fetch/network'), String(err));
      assert.match(err.message, /self[- ]signed/i);
      return true;
    });
    // The client did connect (loopback is allowed) and it was the certificate check that failed.
    assert.equal(connections, 1);
    await client.close();
  });
});
