#!/bin/sh
# Install Debian's Java runtime: owlready2 runs HermiT, the OWL reasoner, on it in tests/test_release.py.
# Idempotent; needs root (as in CI) or sudo. No JDK download of its own (no network but the registries).
set -eu
if command -v java >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
java -version
