// Checks an outlet coming from outside the code (an admin form, an OPML import, a config file)
// and returns a clean, frozen Outlet, or fails naming the first bad field.
import { RoundupError } from '../../core/errors.ts';
import type { Outlet } from '../../core/outlet.ts';
import { parsePerspective, type Perspective } from '../../core/perspective.ts';
import { slugifyOutletName } from './outlet-names.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MAX_LENGTH = 64;
// A lower-case host name with at least one dot and no scheme, port or path.
const DOMAIN_PATTERN = /^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
// BCP 47 in the shape Roundup uses: a primary language subtag and optional subtags (`en`, `en-GB`, `zh-Hant`).
const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
// ISO 3166-1 alpha-2, or `INT` for international wires.
const COUNTRY_PATTERN = /^(?:[A-Z]{2}|INT)$/;

/**
 * Validates and normalises an outlet: `id` defaults to the slug of `name`, `perspective` to `unknown`
 * (accepting `center`), `isWire` to false; country is upper-cased and homeDomain lower-cased.
 * Extra fields (e.g. `feeds`) are dropped. Throws RoundupError `sources/invalid-outlet` naming the field.
 */
export function validateOutlet(input: unknown): Outlet {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new RoundupError('sources/invalid-outlet', `invalid outlet: expected an object (got ${JSON.stringify(input) ?? String(input)})`);
  }
  const record = input as Record<string, unknown>;
  try {
    return buildOutlet(record);
  } catch (err) {
    if (!(err instanceof RoundupError)) throw err;
    // Name the outlet too, so one bad row of an 80-outlet import can be found.
    const label = typeof record.id === 'string' ? record.id : typeof record.name === 'string' ? record.name : '(unnamed)';
    throw new RoundupError(err.code, err.message.replace('invalid outlet:', `invalid outlet ${JSON.stringify(label)}:`), { cause: err.cause });
  }
}

function buildOutlet(record: Record<string, unknown>): Outlet {
  const name = requireText(record, 'name');
  const perspective = readPerspective(record);
  const outlet: Outlet = {
    id: readId(record, name),
    name,
    homeDomain: readPattern(record, 'homeDomain', DOMAIN_PATTERN, 'a bare lower-case host name such as `reuters.com`', (v) => v.toLowerCase()),
    language: readPattern(record, 'language', LANGUAGE_PATTERN, 'a BCP 47 language tag such as `en` or `en-GB`', (v) => v),
    country: readPattern(record, 'country', COUNTRY_PATTERN, 'an ISO 3166-1 alpha-2 code such as `GB`, or `INT`', (v) => v.toUpperCase()),
    perspective,
    perspectiveBasis: readBasis(record, perspective),
    isWire: readWire(record),
  };
  return Object.freeze(outlet);
}

function readId(record: Record<string, unknown>, name: string): string {
  if (record.id === undefined) return slugifyOutletName(name);
  const id = requireText(record, 'id');
  if (!ID_PATTERN.test(id) || id.length > ID_MAX_LENGTH) {
    throw invalid('id', `must be a lower-case slug of letters, digits and single hyphens, at most ${ID_MAX_LENGTH} characters`, id);
  }
  return id;
}

function readPattern(record: Record<string, unknown>, field: string, pattern: RegExp, expected: string, normalise: (value: string) => string): string {
  const value = normalise(requireText(record, field));
  if (!pattern.test(value)) throw invalid(field, `must be ${expected}`, record[field]);
  return value;
}

function readPerspective(record: Record<string, unknown>): Perspective {
  if (record.perspective === undefined) return 'unknown';
  const perspective = parsePerspective(requireText(record, 'perspective'));
  if (perspective === null) {
    throw invalid('perspective', 'must be one of left, lean-left, centre, lean-right, right, unknown', record.perspective);
  }
  return perspective;
}

// A rating is only as good as its source, so a rated outlet must say whose rating it follows.
function readBasis(record: Record<string, unknown>, perspective: Perspective): string {
  const basis = record.perspectiveBasis;
  if (basis === undefined || (typeof basis === 'string' && basis.trim() === '')) {
    if (perspective === 'unknown') return '';
    throw invalid('perspectiveBasis', `must name the public rating behind perspective "${perspective}"`, basis);
  }
  if (typeof basis !== 'string') throw invalid('perspectiveBasis', 'must be a string', basis);
  return basis.trim();
}

function readWire(record: Record<string, unknown>): boolean {
  if (record.isWire === undefined) return false;
  if (typeof record.isWire !== 'boolean') throw invalid('isWire', 'must be true or false', record.isWire);
  return record.isWire;
}

function requireText(record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value.trim() === '') throw invalid(field, 'must be a non-empty string', value);
  return value.trim();
}

function invalid(field: string, rule: string, value: unknown): RoundupError {
  const shown = value === undefined ? 'missing' : `got ${JSON.stringify(value)}`;
  return new RoundupError('sources/invalid-outlet', `invalid outlet: ${field} ${rule} (${shown})`);
}
