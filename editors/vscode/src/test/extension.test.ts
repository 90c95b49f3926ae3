// The extension's life cycle with stand-ins for VS Code and the language client (review finding C3): a
// settings change restarts the client without adding subscriptions, and disposing the extension stops the
// client that runs then and the file watcher.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import Module = require('node:module');

interface FakeClient { started: boolean; stopped: boolean; serverOptions: any; clientOptions: any }
const clients: FakeClient[] = [];
let configListener: ((event: { affectsConfiguration(s: string): boolean }) => Promise<void>) | undefined;
let watcherDisposed = 0;
let oppCommand = '/opt/oppstudio/opp';

const fakeVscode = {
  workspace: {
    createFileSystemWatcher: () => ({ dispose: () => { watcherDisposed++; } }),
    getConfiguration: () => ({ get: () => oppCommand }),
    onDidChangeConfiguration: (listener: typeof configListener) => {
      configListener = listener;
      return { dispose: () => { configListener = undefined; } };
    },
  },
  window: { showErrorMessage: () => Promise.resolve(undefined) },
};
class FakeLanguageClient implements FakeClient {
  started = false;
  stopped = false;
  constructor(_id: string, _name: string, public serverOptions: any, public clientOptions: any) { clients.push(this); }
  async start() { this.started = true; }
  async stop() { this.stopped = true; }
}
const fakeClientModule = { LanguageClient: FakeLanguageClient, TransportKind: { stdio: 0 } };

const load = (Module as any)._load;
(Module as any)._load = function (request: string, ...rest: unknown[]) {
  if (request === 'vscode') return fakeVscode;
  if (request === 'vscode-languageclient/node') return fakeClientModule;
  return load.call(this, request, ...rest);
};

test('a settings change restarts the client once; disposing stops the running client and the watcher', async () => {
  const extension = require('../extension');
  const subscriptions: { dispose(): unknown }[] = [];
  await extension.activate({ subscriptions });
  assert.equal(clients.length, 1);
  assert.ok(clients[0].started);
  assert.equal(clients[0].serverOptions.run.command, process.platform === 'win32' ? '"/opt/oppstudio/opp"' : '/opt/oppstudio/opp');
  const count = subscriptions.length;

  oppCommand = '/srv/opp';
  await configListener!({ affectsConfiguration: (s) => s === 'oppstudio.oppCommand' });
  assert.equal(clients.length, 2);
  assert.ok(clients[0].stopped, 'the old client is stopped');
  assert.ok(clients[1].started && !clients[1].stopped);
  assert.equal(subscriptions.length, count, 'a restart adds no subscription');
  assert.equal(clients[1].clientOptions.synchronize.fileEvents, clients[0].clientOptions.synchronize.fileEvents,
    'one file watcher for every client');

  for (const subscription of subscriptions) {
    await subscription.dispose();
  }
  assert.ok(clients[1].stopped, 'disposing stops the running client');
  assert.equal(watcherDisposed, 1, 'the file watcher is disposed');
});
