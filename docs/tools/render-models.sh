#!/usr/bin/env bash
# Writes docs/models/<name>.png for every BPMN model in processes/ (bpmn-js viewer in Debian's Chromium through
# playwright-core; no browser is downloaded). Usage: docs/tools/render-models.sh [model-name-prefix ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [ ! -d node_modules/bpmn-js ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
node docs/tools/render-models.mjs "$@"
