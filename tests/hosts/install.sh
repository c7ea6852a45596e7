#!/usr/bin/env bash
# What the host tests need, each installed only when missing (called by .ci/run):
# Node 22 for wrangler (from the npm registry's node-linux-* package; the system's Node
# stays the default), wrangler and Netlify's parsers and matcher (npm ci), and Debian's
# nginx with the brotli static module.
set -euo pipefail
cd "$(dirname "$0")"

NODE22=22.23.5
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "no Node 22 package for $(uname -m)" >&2; exit 1 ;;
esac
mkdir -p node22
if ! node22/node_modules/node-linux-$arch/bin/node --version 2>/dev/null | grep -q "^v22\."; then
  npm install --prefix node22 --no-save --no-package-lock --ignore-scripts --no-audit --no-fund --silent "node-linux-$arch@$NODE22"
fi
if [ ! -x node_modules/.bin/wrangler ] || [ ! -d node_modules/netlify-redirector ]; then
  npm ci --ignore-scripts --no-audit --no-fund --silent
fi
if ! dpkg -s nginx-light libnginx-mod-http-brotli-static >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light libnginx-mod-http-brotli-static >/dev/null
fi
