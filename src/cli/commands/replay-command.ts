import type { Command } from 'commander';
import { startReplayServer } from '../../adapters/replay/replay-server.ts';
import { RoundupError } from '../../core/errors.ts';
import { action } from '../cli-errors.ts';

/** `roundup replay <dir> --port N`: serve a directory of feeds and pages on loopback. */
export function registerReplay(program: Command): void {
  program
    .command('replay <dir>')
    .description('serve a directory of feeds and pages over HTTP on loopback (ETag, Last-Modified)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .action(
      action(async (dir: string, opts: { port: string }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new RoundupError('cli/usage', `--port "${opts.port}" is not a port number`);
        const server = await startReplayServer({ dir, port });
        process.stdout.write(`replaying ${dir} at ${server.url}\n`);
        await new Promise<void>((resolve) => {
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
        });
        await server.close();
      }),
    );
}
