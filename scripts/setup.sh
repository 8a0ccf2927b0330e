#!/usr/bin/env bash
# Set up section16 on a fresh Debian/Ubuntu machine: system tools (when run as root or with
# sudo), a virtual environment in .venv with the project and its test tools.
#   bash scripts/setup.sh            # everything
#   SECTION16_NO_APT=1 bash scripts/setup.sh   # skip apt (you installed the tools yourself)
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

if [ -z "${SECTION16_NO_APT:-}" ] && command -v apt-get >/dev/null; then
  pkgs=()
  command -v chromium >/dev/null || pkgs+=(chromium chromium-driver)
  command -v tesseract >/dev/null || pkgs+=(tesseract-ocr)
  command -v pdftotext >/dev/null || pkgs+=(poppler-utils)
  if [ ${#pkgs[@]} -gt 0 ]; then
    echo "setup: installing ${pkgs[*]} (apt)" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${pkgs[@]}" >/dev/null
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".[test]"
echo "setup: ready (.venv/bin/section16)" >&2
