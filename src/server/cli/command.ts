import type { Config } from '../config.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliContext {
  args: string[];
  io: CliIo;
  config: Config;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Resolves to the process exit code. */
  run(context: CliContext): Promise<number>;
}
