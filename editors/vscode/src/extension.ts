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

import { serverCommand } from './server';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // a base format changed on disk: the formats that extend it are checked again (one watcher for every client)
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.oppformat');
  // pushed once: disposing the extension stops whichever client runs then, and the watcher
  context.subscriptions.push(
    watcher,
    { dispose: () => void stop() },
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('oppstudio.oppCommand')) {
        await stop();
        await start(watcher);
      }
    }),
  );
  await start(watcher);
}

async function start(watcher: vscode.FileSystemWatcher): Promise<void> {
  const configured = vscode.workspace.getConfiguration('oppstudio').get<string>('oppCommand', 'opp');
  const { command, args, shell } = serverCommand(configured);
  const serverOptions: ServerOptions = {
    run: { command, args, transport: TransportKind.stdio, options: { shell } },
    debug: { command, args, transport: TransportKind.stdio, options: { shell } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'oppformat' },
      { scheme: 'untitled', language: 'oppformat' },
    ],
    synchronize: { fileEvents: watcher },
  };
  const starting = new LanguageClient('oppformat', 'OPP formaten', serverOptions, clientOptions);
  client = starting;
  try {
    await starting.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `De taaldienst voor OPP-formaten start niet (${command} ${args.join(' ')}). Zet bij Instellingen > OPP formaten ` +
        `het pad naar het opp-commando van OPP Studio. (${error instanceof Error ? error.message : String(error)})`,
    );
    if (client === starting) {
      client = undefined;
    }
  }
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
