import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/config.ts';
import { OPTION_DOCS } from '../../src/config/config-schema.ts';
import { isRoundupError } from '../../src/core/errors.ts';

const emptyDir = () => mkdtempSync(join(tmpdir(), 'roundup-config-'));

describe('config', () => {
  it('has documented defaults: data in ./data, port 3000, empty allow list', () => {
    const cwd = emptyDir();
    const config = loadConfig({}, cwd);
    assert.equal(config.dataDir, resolve(cwd, 'data'));
    assert.equal(config.databasePath, resolve(cwd, 'data', 'roundup.db'));
    assert.equal(config.port, 3000);
    assert.deepEqual(config.fetch.allowHosts, []);
    assert.equal(config.fetch.maxBodyBytes, 10 * 1024 * 1024);
    assert.equal(config.configFile, null);
  });

  it('reads the contract variables from the environment', () => {
    const cwd = emptyDir();
    const config = loadConfig({ ROUNDUP_DATA_DIR: '/tmp/x', PORT: '8081', ROUNDUP_FETCH_ALLOW_HOSTS: '127.0.0.1, ::1,10.0.0.0/8' }, cwd);
    assert.equal(config.dataDir, '/tmp/x');
    assert.equal(config.port, 8081);
    assert.deepEqual(config.fetch.allowHosts, ['127.0.0.1', '::1', '10.0.0.0/8']);
  });

  it('takes values from a config file, with the environment winning', () => {
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'roundup.config.json'), JSON.stringify({ port: 4000, fetch: { perHostDelayMs: 0, allowHosts: ['localhost'] } }));
    const config = loadConfig({ PORT: '5000' }, cwd);
    assert.equal(config.port, 5000);
    assert.equal(config.fetch.perHostDelayMs, 0);
    assert.deepEqual(config.fetch.allowHosts, ['localhost']);
    assert.equal(config.configFile, join(cwd, 'roundup.config.json'));
  });

  it('reads site, mail and writer settings, with absent ones as null', () => {
    const config = loadConfig({ ROUNDUP_PUBLIC_URL: 'https://news.example/', ROUNDUP_SMTP_URL: 'smtp://u:p@127.0.0.1:2525', ROUNDUP_SIGNUP_BLOCKLIST: 'Spam.example, junk.example' }, emptyDir());
    assert.equal(config.site.publicUrl, 'https://news.example');
    assert.equal(config.mail.smtpUrl, 'smtp://u:p@127.0.0.1:2525');
    assert.deepEqual(config.mail.signupBlocklist, ['spam.example', 'junk.example']);
    assert.equal(config.mail.dkim, null);
    assert.equal(config.writer, null);
    assert.equal(config.secret, null);
    assert.throws(() => loadConfig({ ROUNDUP_PUBLIC_URL: 'ftp://x' }, emptyDir()), (err) => isRoundupError(err, 'config/invalid') && /ROUNDUP_PUBLIC_URL/.test(err.message));
    assert.throws(() => loadConfig({ ROUNDUP_DKIM_DOMAIN: 'x.org' }, emptyDir()), (err) => isRoundupError(err, 'config/invalid') && /DKIM/.test(err.message));
    assert.throws(() => loadConfig({ ROUNDUP_WRITER_URL: 'http://127.0.0.1:9' }, emptyDir()), (err) => isRoundupError(err, 'config/invalid') && /WRITER_MODEL/.test(err.message));
  });

  it('is frozen, deeply', () => {
    const config = loadConfig({}, emptyDir());
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.fetch));
    assert.ok(Object.isFrozen(config.fetch.allowHosts));
  });

  it('reads how long the website reuses a rendered page, 10 s by default and 0 for never', () => {
    assert.equal(loadConfig({}, emptyDir()).web.cacheSeconds, 10);
    assert.equal(loadConfig({ ROUNDUP_WEB_CACHE_SECONDS: '0' }, emptyDir()).web.cacheSeconds, 0);
    assert.throws(() => loadConfig({ ROUNDUP_WEB_CACHE_SECONDS: '-5' }, emptyDir()), (err) => isRoundupError(err, 'config/invalid') && /ROUNDUP_WEB_CACHE_SECONDS/.test(err.message));
  });

  it('names the variable and the problem on bad input', () => {
    assert.throws(() => loadConfig({ PORT: 'eighty' }, emptyDir()), (err) => isRoundupError(err, 'config/invalid') && /PORT/.test(err.message));
    assert.throws(() => loadConfig({ ROUNDUP_LOG_LEVEL: 'loud' }, emptyDir()), (err) => isRoundupError(err, 'config/invalid') && /ROUNDUP_LOG_LEVEL/.test(err.message));
    const cwd = emptyDir();
    writeFileSync(join(cwd, 'bad.json'), '{ not json');
    assert.throws(() => loadConfig({ ROUNDUP_CONFIG: 'bad.json' }, cwd), (err) => isRoundupError(err, 'config/file-invalid') && err.message.includes('bad.json'));
    assert.throws(() => loadConfig({ ROUNDUP_CONFIG: 'missing.json' }, cwd), (err) => isRoundupError(err, 'config/file-missing'));
  });

  it('documents every option with a default', () => {
    for (const doc of OPTION_DOCS) {
      assert.ok(doc.env && doc.key && doc.defaultValue && doc.description, `option ${doc.env} is documented`);
    }
  });
});
