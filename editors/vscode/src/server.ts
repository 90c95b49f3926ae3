// How the extension starts `opp lsp`: kept apart from extension.ts (no vscode import) so that it can be tested
// with plain Node.
import * as path from 'node:path';

/** The program to spawn for the language server, its arguments, and whether it needs a shell. */
export interface ServerCommand {
  command: string;
  args: string[];
  shell: boolean;
}

/**
 * The command for `opp lsp` from the setting oppstudio.oppCommand (empty: "opp"), with a leading ~ expanded.
 * On Windows the script is opp.cmd: a name without extension gets ".cmd", and a .cmd or .bat is started
 * through the shell (Node finds no .cmd on the PATH and, since 18.20.2/20.12.2, refuses to spawn one
 * without a shell), with the path quoted so that a folder with spaces works.
 */
export function serverCommand(
  configured: string | undefined,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): ServerCommand {
  let command = (configured ?? '').trim() || 'opp';
  const home = env.HOME || env.USERPROFILE || '';
  if (home && (command.startsWith('~/') || (platform === 'win32' && command.startsWith('~\\')))) {
    command = home + command.substring(1);
  }
  if (platform !== 'win32') {
    return { command, args: ['lsp'], shell: false };
  }
  command = command.replace(/^"(.*)"$/, '$1');
  const extension = path.win32.extname(command).toLowerCase();
  if (extension === '') {
    command += '.cmd';
  } else if (extension !== '.cmd' && extension !== '.bat') {
    return { command, args: ['lsp'], shell: false };
  }
  return { command: `"${command}"`, args: ['lsp'], shell: true };
}
