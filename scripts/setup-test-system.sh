#!/usr/bin/env bash
# Debian packages the tests need: a PostgreSQL server (the tests start a throwaway cluster of their own).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "setup: PostgreSQL server binaries are missing; install the 'postgresql' package (Debian/Ubuntu)" >&2
  exit 1
fi
echo "setup: installing PostgreSQL for the tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
