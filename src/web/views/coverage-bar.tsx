/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// The coverage bar, the one graphic of a story: outlets by side, drawn as SVG rectangles whose
// sizes are attributes (the CSP forbids inline styles), with the counts also written out in words.
import type { Coverage } from '../../core/briefing.ts';

/** One segment of the bar. */
interface Segment {
  readonly side: 'left' | 'center' | 'right' | 'unknown';
  readonly label: string;
  readonly count: number;
}

/** The bar's segments in spectrum order. */
export function coverageSegments(c: Coverage): Segment[] {
  return [
    { side: 'left', label: 'Left', count: c.left },
    { side: 'center', label: 'Centre', count: c.center },
    { side: 'right', label: 'Right', count: c.right },
    { side: 'unknown', label: 'Unrated', count: c.unknown },
  ];
}

/** One line in words: "4 outlets: 2 left, 1 centre, 1 right". */
export function coverageSummary(c: Coverage): string {
  const total = c.left + c.center + c.right + c.unknown;
  const parts = coverageSegments(c).filter((s) => s.count > 0).map((s) => `${s.count} ${s.label.toLowerCase()}`);
  return `${total} ${total === 1 ? 'outlet' : 'outlets'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** The blindspot label, or null. */
export function blindspotLabel(c: Coverage): string | null {
  if (c.blindspot === 'left') return 'Blindspot: barely covered by the left';
  if (c.blindspot === 'right') return 'Blindspot: barely covered by the right';
  return null;
}

/** The bar with its legend; `compact` drops the legend (cards on lists). */
export function CoverageBar(props: { coverage: Coverage; compact?: boolean }) {
  const c = props.coverage;
  const segments = coverageSegments(c);
  const total = segments.reduce((n, s) => n + s.count, 0);
  let x = 0;
  const rects = segments.map((s) => {
    const width = total === 0 ? 0 : (s.count / total) * 100;
    const rect = <rect class={`cov-${s.side}`} x={x.toFixed(2)} y="0" width={width.toFixed(2)} height="8" />;
    x += width;
    return rect;
  });
  const blind = blindspotLabel(c);
  return (
    <div class="coverage">
      <svg class="coverage-bar" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={`Coverage: ${coverageSummary(c)}`}>
        {rects}
      </svg>
      <p class="coverage-line">
        {coverageSummary(c)}
        {blind ? <strong class="blindspot"> · {blind}</strong> : null}
      </p>
      {props.compact ? null : (
        <ul class="coverage-legend">
          {segments.map((s) => (
            <li><span class={`swatch cov-${s.side}`} aria-hidden="true"></span>{s.label} {s.count}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
