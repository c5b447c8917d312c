import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_OUTLETS } from '../../../src/stages/sources/default-outlets.ts';
import { validateOutlet } from '../../../src/stages/sources/outlet-validator.ts';
import { homeDomainOf } from '../../../src/stages/sources/outlet-names.ts';
import { PERSPECTIVES } from '../../../src/core/perspective.ts';

test('DEFAULT_OUTLETS: at least 40 outlets, sorted by id, ids unique', () => {
  assert.ok(DEFAULT_OUTLETS.length >= 40, `${DEFAULT_OUTLETS.length} outlets`);
  const ids = DEFAULT_OUTLETS.map((outlet) => outlet.id);
  assert.deepEqual(ids, [...ids].sort(), 'sorted by id');
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
});

test('DEFAULT_OUTLETS: every outlet passes validateOutlet unchanged', () => {
  for (const { feeds: _feeds, ...outlet } of DEFAULT_OUTLETS) {
    assert.deepEqual(validateOutlet(outlet), outlet, outlet.id);
  }
});

test('DEFAULT_OUTLETS: all five rated perspectives, several of each, and a basis on every rated outlet', () => {
  for (const perspective of PERSPECTIVES.filter((p) => p !== 'unknown')) {
    const count = DEFAULT_OUTLETS.filter((outlet) => outlet.perspective === perspective).length;
    assert.ok(count >= 5, `${perspective}: ${count} outlets`);
  }
  for (const outlet of DEFAULT_OUTLETS) {
    if (outlet.perspective !== 'unknown') assert.match(outlet.perspectiveBasis, /AllSides|Ad Fontes|Media Bias\/Fact Check/, outlet.id);
  }
});

test('DEFAULT_OUTLETS: at least five countries and three wires', () => {
  const countries = new Set(DEFAULT_OUTLETS.map((outlet) => outlet.country));
  assert.ok(countries.size >= 5, `countries: ${[...countries].join(', ')}`);
  for (const country of ['US', 'GB', 'CA', 'AU', 'IE', 'IN']) assert.ok(countries.has(country), country);
  const wires = DEFAULT_OUTLETS.filter((outlet) => outlet.isWire).map((outlet) => outlet.id);
  assert.ok(wires.length >= 3, `wires: ${wires.join(', ')}`);
  for (const wire of ['afp', 'associated-press', 'reuters']) assert.ok(wires.includes(wire), wire);
});

test('DEFAULT_OUTLETS: 1-3 feeds each, valid https URLs, no feed shared between outlets', () => {
  const seen = new Map<string, string>();
  for (const outlet of DEFAULT_OUTLETS) {
    assert.ok(outlet.feeds.length >= 1 && outlet.feeds.length <= 3, `${outlet.id}: ${outlet.feeds.length} feeds`);
    for (const feed of outlet.feeds) {
      const url = new URL(feed);
      assert.equal(url.protocol, 'https:', feed);
      assert.equal(url.href, feed, `${feed} is written in its normal form`);
      assert.equal(url.hash, '', feed);
      assert.ok(!seen.has(feed), `${feed} listed by ${seen.get(feed)} and ${outlet.id}`);
      seen.set(feed, outlet.id);
    }
  }
});

test('DEFAULT_OUTLETS: home domains are unique bare hosts', () => {
  const domains = DEFAULT_OUTLETS.map((outlet) => outlet.homeDomain);
  assert.equal(new Set(domains).size, domains.length);
  for (const domain of domains) assert.equal(homeDomainOf(`https://${domain}/`), domain, `${domain} has no service label to strip`);
});
