// The OPP format language in VS Code: colours come from the TextMate grammar in syntaxes/; everything
// else (checks while typing, completion, hover, formatting, definition, references, outline, quick
// fixes) from the language server `opp lsp` of OPP Studio, started over stdio.
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The opp command from the setting oppstudio.oppCommand (default "opp"), with a leading ~ expanded. */
function oppCommand(): string {
  const configured = vscode.workspace.getConfiguration('oppstudio').get<string>('oppCommand', 'opp').trim() || 'opp';
  const home = process.env.HOME || process.env.USERPROFILE || '';
  return configured.startsWith('~/') && home ? home + configured.substring(1) : configured;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await start(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('oppstudio.oppCommand')) {
        await stop();
        await start(context);
      }
    }),
  );
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const command = oppCommand();
  const serverOptions: ServerOptions = {
    run: { command, args: ['lsp'], transport: TransportKind.stdio },
    debug: { command, args: ['lsp'], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'oppformat' },
      { scheme: 'untitled', language: 'oppformat' },
    ],
    synchronize: {
      // a base format changed on disk: the formats that extend it are checked again
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.oppformat'),
    },
  };
  client = new LanguageClient('oppformat', 'OPP formaten', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `De taaldienst voor OPP-formaten start niet ("${command} lsp"). Zet bij Instellingen > OPP formaten ` +
        `het pad naar het opp-commando van OPP Studio. (${error instanceof Error ? error.message : String(error)})`,
    );
    client = undefined;
    return;
  }
  context.subscriptions.push({ dispose: () => void stop() });
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

export function deactivate(): Promise<void> | undefined {
  return client ? stop() : undefined;
}
