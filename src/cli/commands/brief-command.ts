import type { Command } from 'commander';

/** `roundup brief FILE.jsonl [--format json|md|html]`: one briefing per story (being built). */
export function registerBrief(program: Command): void {
  program.command('brief <file>').description('compose a briefing per story from JSON Lines of articles').option('--format <format>', 'json, md or html', 'json');
}
