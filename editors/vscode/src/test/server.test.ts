// How `opp lsp` is started, per platform: on Windows opp.cmd through the shell, quoted (review finding C1).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { serverCommand } from '../server';

test('Linux and macOS: the opp script itself, no shell', () => {
  assert.deepEqual(serverCommand(undefined, 'linux', {}), { command: 'opp', args: ['lsp'], shell: false });
  assert.deepEqual(serverCommand('  /home/ik/oppstudio/opp ', 'darwin', {}), {
    command: '/home/ik/oppstudio/opp', args: ['lsp'], shell: false,
  });
  assert.equal(serverCommand('~/oppstudio/opp', 'linux', { HOME: '/home/ik' }).command, '/home/ik/oppstudio/opp');
});

test('Windows: the default opp is opp.cmd, started through the shell', () => {
  assert.deepEqual(serverCommand('', 'win32', {}), { command: '"opp.cmd"', args: ['lsp'], shell: true });
  assert.deepEqual(serverCommand('opp', 'win32', {}), { command: '"opp.cmd"', args: ['lsp'], shell: true });
});

test('Windows: a path with spaces is quoted, a path without extension gets .cmd', () => {
  assert.deepEqual(serverCommand('C:\\Program Files\\OPP Studio\\opp', 'win32', {}), {
    command: '"C:\\Program Files\\OPP Studio\\opp.cmd"', args: ['lsp'], shell: true,
  });
  assert.deepEqual(serverCommand('"C:\\OPP Studio\\opp.cmd"', 'win32', {}), {
    command: '"C:\\OPP Studio\\opp.cmd"', args: ['lsp'], shell: true,
  });
  assert.equal(serverCommand('~\\oppstudio\\opp.bat', 'win32', { USERPROFILE: 'C:\\Users\\ik' }).command,
    '"C:\\Users\\ik\\oppstudio\\opp.bat"');
});

test('Windows: an .exe is started directly', () => {
  assert.deepEqual(serverCommand('C:\\tools\\opp.exe', 'win32', {}), {
    command: 'C:\\tools\\opp.exe', args: ['lsp'], shell: false,
  });
});
