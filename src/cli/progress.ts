import cliProgress from 'cli-progress';
import type { IngestObserver, IngestProgress } from '../app/ingestor.ts';

/** A terminal progress bar over feeds and articles, or nothing when stderr is not a terminal. */
export function ingestProgressBar(): { observer: IngestObserver; stop(): void } | null {
  if (!process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest [{bar}] {percentage}% | feeds {feeds} | articles {articles} | new items {items}', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { feeds: '0/0', articles: '0/0', items: 0 });
  const update = (p: Readonly<IngestProgress>) => {
    const total = p.feedsQueued + p.articlesQueued;
    bar.setTotal(Math.max(1, total));
    bar.update(p.feedsDone + p.articlesDone, { feeds: `${p.feedsDone}/${p.feedsQueued}`, articles: `${p.articlesDone}/${p.articlesQueued}`, items: p.itemsNew });
  };
  return { observer: { onFeed: (_id, _o, p) => update(p), onArticle: (_id, _o, p) => update(p) }, stop: () => bar.stop() };
}
