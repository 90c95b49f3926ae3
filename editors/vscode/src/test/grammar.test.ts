// The TextMate grammar checked with VS Code's own engine (vscode-textmate + vscode-oniguruma): every
// example format in dsl-examples/ is coloured without an unmatched token, i.e. every character that is
// not white space lies in a scope of some rule besides source.oppformat, and none is invalid.*.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const extensionDir = path.resolve(__dirname, '..', '..');
const examplesDir = process.env.OPP_EXAMPLES ?? path.resolve(extensionDir, '..', '..', 'dsl-examples');
const grammarFile = path.join(extensionDir, 'syntaxes', 'oppformat.tmLanguage.json');

let wasmLoaded: Promise<void> | undefined;

/** Oniguruma's WebAssembly, loaded once (it may not be loaded twice). */
function loadOniguruma(): Promise<void> {
  if (!wasmLoaded) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    wasmLoaded = oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  }
  return wasmLoaded;
}

async function loadGrammar(json: string): Promise<textmate.IGrammar> {
  await loadOniguruma();
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(json, grammarFile),
  });
  const grammar = await registry.loadGrammar('source.oppformat');
  assert.ok(grammar, 'grammar loaded');
  return grammar;
}

/** The words outside any rule's scope or inside an invalid one, as "line:column 'word'". */
function unmatched(grammar: textmate.IGrammar, text: string): string[] {
  const result: string[] = [];
  let state = textmate.INITIAL;
  text.split('\n').forEach((line, index) => {
    const tokens = grammar.tokenizeLine(line, state);
    state = tokens.ruleStack;
    for (const token of tokens.tokens) {
      const word = line.substring(token.startIndex, Math.min(token.endIndex, line.length));
      if (word.trim() === '') {
        continue;
      }
      if (token.scopes.length < 2 || token.scopes.some((scope) => scope.startsWith('invalid'))) {
        result.push(`${index + 1}:${token.startIndex + 1} '${word.trim()}' ${token.scopes.join(' ')}`);
      }
    }
  });
  return result;
}

const examples = fs.readdirSync(examplesDir).filter((name) => name.endsWith('.oppformat')).sort();

test('there are example formats', () => {
  assert.ok(examples.length >= 5, `examples in ${examplesDir}: ${examples}`);
});

test('every example format is coloured without an unmatched token', async () => {
  const grammar = await loadGrammarOnce(fs.readFileSync(grammarFile, 'utf8'));
  for (const name of examples) {
    const text = fs.readFileSync(path.join(examplesDir, name), 'utf8');
    assert.deepEqual(unmatched(grammar, text), [], name);
  }
});

test('a keyword removed from the grammar is caught', async () => {
  const json = fs.readFileSync(grammarFile, 'utf8');
  const removed = json.replace(/(?<=[(|])omvang\|/g, '').replace(/\|omvang(?=\))/g, '');
  assert.notEqual(removed, json);
  const grammar = await loadGrammarOnce(removed, 'removed');
  const text = fs.readFileSync(path.join(examplesDir, 'swv-voorbeeld-opp.oppformat'), 'utf8');
  const found = unmatched(grammar, text);
  assert.ok(found.length > 0 && found.every((word) => word.includes("'omvang")), found.join('\n'));
});

const grammars = new Map<string, Promise<textmate.IGrammar>>();

function loadGrammarOnce(json: string, key = 'grammar'): Promise<textmate.IGrammar> {
  let grammar = grammars.get(key);
  if (!grammar) {
    grammar = loadGrammar(json);
    grammars.set(key, grammar);
  }
  return grammar;
}
