#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile) with Debian's chromium on pages of the bundled site.
# Setup: npm i -E lighthouse@12.2.3 (in this folder or globally); build the site and serve
# it with: python3 -m http.server 8765 --bind 127.0.0.1 --directory public
for path in en/ ar/ en/campaign/problem/ ar/campaign/problem/ en/directory/ ar/directory/; do
  out=${TMPDIR:-/tmp}/lh-$(echo "$path" | tr '/' '_').json
  CHROME_PATH=$(command -v chromium) npx lighthouse "http://127.0.0.1:8765/$path" \
    --form-factor=mobile --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$out" --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=$(mktemp -d)" >/dev/null 2>&1
  python3 -c "
import json,sys
d=json.load(open('$out'))
c=d['categories']
print('/$path', *[f\"{k}={round(v['score']*100)}\" for k,v in c.items()])
"
done
