#!/usr/bin/env bash
# Installs the neutral corpus the detection ratchet measures (test/eval/neutral.ts): the Debian
# Reference in German and English, the English and German fortunes and the German man pages.
# Idempotent; needs root for apt-get. Without it the ratchet skips the neutral figure locally
# (CI requires it).
set -euo pipefail
pkgs=(debian-reference-de debian-reference-en fortunes fortunes-de manpages-de groff-base)
need=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  echo "setup-eval-corpus: apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
