/** Where an outlet sits on the political spectrum, as rated by a public source. */
export const PERSPECTIVES = ['left', 'lean-left', 'centre', 'lean-right', 'right', 'unknown'] as const;

/** One of PERSPECTIVES. */
export type Perspective = (typeof PERSPECTIVES)[number];

/** Parses a user-supplied perspective, accepting `center` and `lean left` spellings; null when unrecognised. */
export function parsePerspective(value: string): Perspective | null {
  const normal = value.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/^center$/, 'centre');
  return (PERSPECTIVES as readonly string[]).includes(normal) ? (normal as Perspective) : null;
}
