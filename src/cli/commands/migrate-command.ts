import type { Command } from 'commander';
import { loadConfig } from '../../config/config.ts';
import { openRuntime } from '../../main.ts';
import { action } from '../cli-errors.ts';

/** `roundup migrate`: apply pending migrations and print the schema version. */
export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (also done on every start)')
    .action(
      action(async () => {
        const runtime = await openRuntime(loadConfig());
        try {
          process.stdout.write(`schema version ${await runtime.store.schemaVersion()} at ${runtime.config.databasePath}\n`);
        } finally {
          await runtime.close();
        }
      }),
    );
}
