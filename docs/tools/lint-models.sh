#!/usr/bin/env bash
# Lints every BPMN model in processes/ with bpmnlint: the recommended rules and Camunda 7.24 compatibility
# (.bpmnlintrc at the repository root; Camunda Modeler reads the same file). Exits non-zero on any finding.
# Installs the pinned npm packages (package-lock.json) first when node_modules is missing or older than the lock.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [ ! -d node_modules/bpmnlint ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npx --no-install bpmnlint --max-warnings=0 processes/*.bpmn
echo "bpmnlint: no findings in $(ls processes/*.bpmn | wc -l) models"
