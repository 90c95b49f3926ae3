#!/bin/sh
# Packages the VS Code extension as oppformat-VERSION.vsix in this folder: npm ci, tsc, vsce package.
# Needs Node (20 or newer) and npm; the npm registry must be reachable for npm ci.
# Exit codes: 0 packaged, 1 a step failed, 2 Node or npm missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
  echo "package.sh: Node.js en npm zijn nodig om de VS Code-extensie te verpakken (https://nodejs.org, versie 20 of nieuwer);" >&2
  echo "package.sh: installeer ze en start editors/vscode/package.sh opnieuw." >&2
  exit 2
fi
npm ci --no-audit --no-fund || { echo "package.sh: npm ci is mislukt (is het npm-register bereikbaar?)" >&2; exit 1; }
npx tsc -p . || { echo "package.sh: vertalen met tsc is mislukt" >&2; exit 1; }
version=$(node -p "require('./package.json').version")
rm -f "oppformat-$version.vsix"
npx @vscode/vsce package --allow-missing-repository --skip-license --out "oppformat-$version.vsix" || { echo "package.sh: verpakken met vsce is mislukt" >&2; exit 1; }
echo "$here/oppformat-$version.vsix"
