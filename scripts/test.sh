#!/usr/bin/env bash
# Installs everything the test suite needs on a fresh Debian machine, then runs it:
# Debian's chromium (browser tests) and postgresql (PostgreSQL tests), the package with its
# test extras, a throwaway PostgreSQL cluster, ruff, and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
fi

python3 -m pip install -q -e ".[test]"

if [ -z "${SOURCETRACE_TEST_PG:-}" ]; then
  eval "$(bash scripts/start_postgres.sh)"
  trap 'bash scripts/start_postgres.sh --stop "$SOURCETRACE_TEST_PG_DIR" >/dev/null 2>&1 || true' EXIT
fi

ruff check .
python3 -m pytest -q "$@"
