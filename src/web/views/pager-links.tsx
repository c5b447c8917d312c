/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
// Newer/older links of a numbered listing.

/** Number of pages for `total` items at `size` per page (at least 1). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The pager, or nothing when there is one page. */
export function PagerLinks(props: { path: string; page: number; pages: number }) {
  if (props.pages <= 1) return null;
  const link = (n: number) => (n === 1 ? props.path : `${props.path}?page=${n}`);
  return (
    <nav class="pager" aria-label="Pages">
      {props.page > 1 ? <a href={link(props.page - 1)} rel="prev">Newer stories</a> : <span></span>}
      <span>Page {props.page} of {props.pages}</span>
      {props.page < props.pages ? <a href={link(props.page + 1)} rel="next">Older stories</a> : <span></span>}
    </nav>
  );
}
