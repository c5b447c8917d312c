import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { openRuntime } from '../../main.ts';
import { seedDefaultOutlets } from '../../app/sources.ts';
import { RoundupError } from '../../core/errors.ts';
import { action } from '../cli-errors.ts';
import { ingestProgressBar } from '../progress.ts';
import type { IngestObserver } from '../../app/ingestor.ts';
import type { Logger } from '../../ports/logger.ts';

/** Log lines per finished job, for when no terminal shows a progress bar. */
function logObserver(logger: Logger): IngestObserver {
  return {
    // A failure was already logged as a warning with its retry time where it happened.
    onFeed: (feedId, outcome) => (outcome.kind === 'failed' ? logger.debug : logger.info).call(logger, { event: 'feed', feedId, outcome: outcome.kind, ...(outcome.kind === 'updated' ? { newItems: outcome.newItems.length, duplicates: outcome.duplicates } : {}) }),
    onArticle: (itemId, outcome) => logger.info({ event: 'article', itemId, outcome: outcome.kind, ...(outcome.kind === 'failed' ? { reason: outcome.reason } : {}) }),
    onPlaced: (articleId, outcome) => logger.debug({ event: 'placed', articleId, ...outcome }),
    onBriefing: (storyId, outcome) => logger.info({ event: 'briefing', storyId, outcome: outcome.kind, ...(outcome.kind === 'saved' ? { version: outcome.version, changed: outcome.changed } : {}), ...(outcome.kind === 'refused' ? { reason: outcome.reason } : {}) }),
  };
}

/** `roundup ingest --once [--all]`: one pass over due feeds and pending items. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('refresh due feeds, store new items and their articles (one pass with --once)')
    .option('--once', 'run one pass and exit')
    .option('--all', 'refresh every feed, not only those that are due')
    .action(
      action(async (opts: { once?: boolean; all?: boolean }) => {
        if (!opts.once) throw new RoundupError('cli/usage', 'ingest needs --once; `roundup start` runs the loop');
        const runtime = await openRuntime(loadConfig(), { logTo: 'stdout' });
        try {
          if (runtime.config.seedOutlets) await seedDefaultOutlets(runtime.store, runtime.clock.now());
          const ingestor = runtime.createIngestor();
          const bar = ingestProgressBar();
          ingestor.observe(bar?.observer ?? logObserver(runtime.logger));
          const progress = await ingestor.runOnce({ all: opts.all ?? false });
          bar?.stop();
          await ingestor.close();
          runtime.logger.info({ event: 'ingest-done', ...progress }, 'ingest pass finished');
        } finally {
          await runtime.close();
        }
      }),
    );
}

export { logObserver };
