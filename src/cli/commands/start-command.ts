import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { openRuntime } from '../../main.ts';
import { seedDefaultOutlets } from '../../app/sources.ts';
import { runScheduler } from '../../app/scheduler.ts';
import { createWebApp } from '../../web/web-app.ts';
import { newsletterRoutes } from '../../web/newsletter/newsletter-routes.ts';
import { openNewsletter, startEditionSchedule } from '../../newsletter/newsletter-runtime.ts';
import { startWebServer } from '../../web/web-server.ts';
import { action } from '../cli-errors.ts';
import { logObserver } from './ingest-command.ts';

/** `roundup start`: the ingestion loop, the website with the newsletter's routes and, with SMTP configured, the edition schedule, until SIGINT or SIGTERM. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('run Roundup: the ingestion loop and the web server on PORT')
    .action(
      action(async () => {
        const runtime = await openRuntime(loadConfig(), { logTo: 'stdout' });
        const seeded = runtime.config.seedOutlets ? await seedDefaultOutlets(runtime.store, runtime.clock.now()) : 0;
        const newsletter = await openNewsletter(runtime);
        const app = createWebApp({
          store: runtime.store,
          site: runtime.config.site,
          cacheSeconds: runtime.config.web.cacheSeconds,
          extraRoutes: (web) => web.route('/newsletter', newsletterRoutes({ ctx: newsletter.ctx })),
          onError: (err, path) => runtime.logger.error({ event: 'web-error', path, err }, 'web request failed'),
        });
        const server = await startWebServer(app, { host: runtime.config.host, port: runtime.config.port });
        const port = server.port;
        runtime.logger.info({ event: 'started', url: `http://${runtime.config.host}:${port}/`, dataDir: runtime.config.dataDir, seededOutlets: seeded }, 'Roundup is running');
        // Editions go out only where there is an SMTP server to send them through.
        const editions = runtime.config.mail.smtpUrl ? startEditionSchedule(newsletter) : null;
        const ingestor = runtime.createIngestor();
        ingestor.observe(logObserver(runtime.logger));
        const stop = new AbortController();
        for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
        await runScheduler(runtime.ingest, ingestor, stop.signal);
        runtime.logger.info({ event: 'stopping' }, 'stopping: waiting for running jobs');
        await ingestor.close();
        await server.close();
        await editions?.stop();
        await newsletter.close();
        await runtime.close();
      }),
    );
}
