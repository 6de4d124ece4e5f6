#!/bin/sh
# Headless Neovim (0.7+) smoke test of `entity-lens serve --stdio`: hover, definition, references.
# Usage: test/editors/neovim-smoke.sh   (after `npm run build`; needs `nvim` on PATH)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
WS=$(mktemp -d)
export WS ENTITY_LENS_CLI="$here/../../server/dist/cli.js"
printf 'Sam Altman is the chief executive of OpenAI. Altman said the lab would grow.\n' > "$WS/a.md"
printf 'Altman met Marisol Quenby, chief executive of Kestrel Orbital Inc., in Denver.\n' > "$WS/b.md"
timeout 60 nvim --headless -u NONE -c "luafile $here/neovim-smoke.lua"
cat "$WS/result.txt"
grep -q '^HOVER: \*\*Sam Altman\*\*' "$WS/result.txt" && grep -q '^REFERENCES: 3' "$WS/result.txt" && grep -q 'a.md' "$WS/result.txt"
rm -rf "$WS"
echo 'neovim smoke test: ok'
