#!/bin/sh
# The packaging test: runs package.sh and checks that the .vsix (a zip) holds the manifest, the grammar,
# the language configuration, the compiled extension and the language client it needs at run time.
# Exit codes: 0 passed, 1 failed, 2 Node or npm missing (as package.sh).
set -u
here=$(cd "$(dirname "$0")" && pwd)
"$here/package.sh"
status=$?
if [ "$status" -ne 0 ]; then
  exit "$status"
fi
version=$(cd "$here" && node -p "require('./package.json').version")
vsix="$here/oppformat-$version.vsix"
[ -f "$vsix" ] || { echo "test-package.sh: MISLUKT: $vsix ontbreekt" >&2; exit 1; }
entries=$(node -e '
  // list the entries of a zip from its central directory (no unzip program needed)
  const b = require("fs").readFileSync(process.argv[1]);
  let e = b.length - 22; while (e >= 0 && b.readUInt32LE(e) !== 0x06054b50) e--;
  if (e < 0) { console.error("geen zip-bestand"); process.exit(1); }
  let p = b.readUInt32LE(e + 16); const n = b.readUInt16LE(e + 10);
  for (let i = 0; i < n; i++) {
    const len = b.readUInt16LE(p + 28), extra = b.readUInt16LE(p + 30), comment = b.readUInt16LE(p + 32);
    console.log(b.toString("utf8", p + 46, p + 46 + len)); p += 46 + len + extra + comment;
  }' "$vsix") || { echo "test-package.sh: MISLUKT: $vsix is geen zip-bestand" >&2; exit 1; }
failed=0
for wanted in extension/package.json extension/syntaxes/oppformat.tmLanguage.json extension/language-configuration.json \
    extension/out/extension.js extension/out/server.js extension/node_modules/vscode-languageclient/package.json \
    extension/node_modules/vscode-languageclient/lib/node/main.js extension.vsixmanifest; do
  if printf '%s\n' "$entries" | grep -qx "$wanted"; then
    echo "ok   $wanted"
  else
    echo "ONTBREEKT $wanted" >&2
    failed=1
  fi
done
for unwanted in 'extension/src/' 'extension/out/test/' 'extension/node_modules/typescript/' 'extension/node_modules/vscode-textmate/'; do
  if printf '%s\n' "$entries" | grep -q "^$unwanted"; then
    echo "ONGEWENST $unwanted" >&2
    failed=1
  fi
done
if [ "$failed" -ne 0 ]; then
  echo "test-package.sh: MISLUKT ($vsix)" >&2
  exit 1
fi
echo "test-package.sh: geslaagd ($vsix, $(printf '%s\n' "$entries" | wc -l) bestanden)"
