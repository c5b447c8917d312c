import { Command } from 'commander';
import { registerStart } from './commands/start-command.ts';
import { registerIngest } from './commands/ingest-command.ts';
import { registerSources } from './commands/sources-command.ts';
import { registerFeed } from './commands/feed-command.ts';
import { registerReplay } from './commands/replay-command.ts';
import { registerMigrate } from './commands/migrate-command.ts';
import { registerExtract } from './commands/extract-command.ts';
import { registerQuotes } from './commands/quotes-command.ts';
import { registerStories } from './commands/stories-command.ts';
import { registerBrief } from './commands/brief-command.ts';
import { registerNewsletter } from './commands/newsletter-command.ts';

// A closed pipe (`roundup feed x | head`) is the reader being done, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

const program = new Command('roundup')
  .description('Roundup reads many outlets, finds the stories they share, and writes briefings of what each side says.')
  .version('0.1.0')
  .showHelpAfterError();
registerStart(program);
registerIngest(program);
registerSources(program);
registerFeed(program);
registerReplay(program);
registerMigrate(program);
registerExtract(program);
registerQuotes(program);
registerStories(program);
registerBrief(program);
registerNewsletter(program);
program.exitOverride((err) => {
  // Commander already printed its message; keep its exit code (0 for --help and --version).
  process.exit(err.exitCode);
});
await program.parseAsync(process.argv);
