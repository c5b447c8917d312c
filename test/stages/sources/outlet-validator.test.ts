import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateOutlet } from '../../../src/stages/sources/outlet-validator.ts';
import { isRoundupError } from '../../../src/core/errors.ts';

const VALID = {
  id: 'the-irish-times',
  name: 'The Irish Times',
  homeDomain: 'irishtimes.com',
  language: 'en',
  country: 'IE',
  perspective: 'lean-left',
  perspectiveBasis: 'Media Bias/Fact Check',
  isWire: false,
};

test('validateOutlet: a valid outlet comes back equal, frozen, without extra fields', () => {
  const outlet = validateOutlet({ ...VALID, feeds: ['https://www.irishtimes.com/feed'] });
  assert.deepEqual(outlet, VALID);
  assert.ok(Object.isFrozen(outlet));
});

test('validateOutlet: defaults and normalisations', () => {
  const outlet = validateOutlet({ name: '  RTÉ News ', homeDomain: 'RTE.ie', language: 'en-IE', country: 'ie' });
  assert.deepEqual(outlet, {
    id: 'rte-news',
    name: 'RTÉ News',
    homeDomain: 'rte.ie',
    language: 'en-IE',
    country: 'IE',
    perspective: 'unknown',
    perspectiveBasis: '',
    isWire: false,
  });
  assert.equal(validateOutlet({ ...VALID, perspective: 'Center' }).perspective, 'centre');
  assert.equal(validateOutlet({ ...VALID, perspective: 'lean right' }).perspective, 'lean-right');
  assert.equal(validateOutlet({ ...VALID, country: 'INT', isWire: true }).country, 'INT');
});

// [field, bad value or undefined to delete the field]: each must fail naming the field.
const BAD_FIELDS: readonly (readonly [string, unknown])[] = [
  ['id', 'The Irish Times'],
  ['id', 'irish--times'],
  ['id', '-irish'],
  ['id', 'x'.repeat(65)],
  ['id', 42],
  ['name', undefined],
  ['name', '   '],
  ['name', ['The Irish Times']],
  ['homeDomain', undefined],
  ['homeDomain', 'https://irishtimes.com/'],
  ['homeDomain', 'irishtimes'],
  ['homeDomain', 'irishtimes.com/news'],
  ['homeDomain', 'irish times.com'],
  ['language', undefined],
  ['language', 'English'],
  ['language', 'e'],
  ['country', undefined],
  ['country', 'Ireland'],
  ['country', 'IRL'],
  ['perspective', 'far-left'],
  ['perspective', 3],
  ['perspectiveBasis', undefined],
  ['perspectiveBasis', '  '],
  ['perspectiveBasis', 5],
  ['isWire', 'yes'],
  ['isWire', 1],
];

test('validateOutlet: each bad field is a typed error naming the field and the outlet', () => {
  for (const [field, value] of BAD_FIELDS) {
    const input: Record<string, unknown> = { ...VALID };
    if (value === undefined) delete input[field];
    else input[field] = value;
    assert.throws(
      () => validateOutlet(input),
      (err) => isRoundupError(err, 'sources/invalid-outlet') && (err as Error).message.includes(`: ${field} `) && (err as Error).message.includes('"'),
      `${field} = ${JSON.stringify(value)}`,
    );
  }
});

test('validateOutlet: the message names the outlet, the rule and the value', () => {
  assert.throws(() => validateOutlet({ ...VALID, country: 'Ireland' }), {
    message: 'invalid outlet "the-irish-times": country must be an ISO 3166-1 alpha-2 code such as `GB`, or `INT` (got "Ireland")',
  });
  assert.throws(() => validateOutlet({ name: 'Nameless Daily', homeDomain: 'x.example', language: 'en' }), /invalid outlet "Nameless Daily": country must be a non-empty string \(missing\)/);
});

test('validateOutlet: an unrated outlet needs no basis; a rated one does', () => {
  assert.equal(validateOutlet({ ...VALID, perspective: 'unknown', perspectiveBasis: undefined }).perspectiveBasis, '');
  assert.throws(() => validateOutlet({ ...VALID, perspectiveBasis: '' }), /perspectiveBasis must name the public rating behind perspective "lean-left"/);
});

test('validateOutlet: non-objects are typed errors', () => {
  for (const input of [null, undefined, 'reuters', 42, ['reuters']]) {
    assert.throws(() => validateOutlet(input), (err) => isRoundupError(err, 'sources/invalid-outlet'), String(input));
  }
});
