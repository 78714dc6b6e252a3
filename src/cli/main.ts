import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig } from '../shared/config.ts';
import { DataDirBusyError } from '../db/lock.ts';
import { AppError, installZodMessages, toProblem } from '../http/errors.ts';
import { commands } from './commands.ts';

export type Command = {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }): Promise<number>;
};

const HELP = `innohub — 창조경제혁신센터·미니클러스터 운영 플랫폼 / innovation-center operating platform

Usage: innohub <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(22)} ${c.summary}`)
  .join('\n')}

Configuration comes from the environment: DATABASE_URL (PostgreSQL; embedded PGlite in DATA_DIR
when unset), DATA_DIR (default ./data), PORT (default 3000). Run \`innohub <command> --help\`.
`;

export async function main(argv: string[]): Promise<number> {
  installZodMessages();
  const [first, second] = argv;
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(HELP);
    return first ? 0 : 1;
  }
  const twoWord = second && !second.startsWith('-') ? `${first} ${second}` : undefined;
  const name = twoWord && commands[twoWord] ? twoWord : first;
  const command = commands[name];
  if (!command) {
    process.stderr.write(`innohub: 알 수 없는 명령입니다 / unknown command: ${argv.join(' ')}\n\n${HELP}`);
    return 2;
  }
  const rest = argv.slice(name.split(' ').length);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`innohub ${name}: ${(error as Error).message}\n\nUsage: ${command.usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(parsed);
  } catch (error) {
    if (error instanceof DataDirBusyError) process.stderr.write(`innohub ${name}: ${error.message}\n`);
    else if (error instanceof AppError) {
      const ko = toProblem(error, 'ko');
      const en = toProblem(error, 'en');
      process.stderr.write(`innohub ${name}: ${ko.detail}\n  ${en.detail}\n`);
      for (const e of ko.errors ?? []) if (!ko.detail.includes(e.message)) process.stderr.write(`  - ${e.message}\n`);
    } else {
      // Drizzle wraps a failed statement in "Failed query: …"; the database's reason is its cause.
      const cause = (error as Error).cause;
      const reason = cause instanceof Error ? `\n  ${cause.message}` : '';
      process.stderr.write(`innohub ${name}: ${(error as Error).message.split('\nparams:')[0]}${reason}\n`);
    }
    return 1;
  }
}

export function config() {
  return loadConfig();
}

export function writeOutput(file: string | undefined, data: string | Buffer): void {
  if (file) fs.writeFileSync(file, data);
  else process.stdout.write(data);
}
