#!/usr/bin/env bash
# Installs the Debian packages chainmap needs, if any are missing.
# usage: scripts/install-deps.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail

# zlib1g-dev: xlsxwriter.pc links -lz, but libxlsxwriter-dev does not depend on it.
packages=(g++ make cmake pkg-config libboost-graph-dev libgraphviz-dev nlohmann-json3-dev
          libxlsxwriter-dev zlib1g-dev fonts-noto-cjk
          libicu-dev libzip-dev libexpat1-dev)
packages+=(libfontconfig-dev)  # render/font_check: is a font with Chinese glyphs installed?
packages+=(libcairo2-dev libpango1.0-dev)  # render/one_page_pdf: summary.pdf
if [[ "${1:-}" == "--test" ]]; then
  packages+=(catch2 python3 python3-networkx python3-openpyxl python3-jsonschema libxml2-utils clang
             libclang-rt-14-dev clang-format clang-tidy graphviz
             poppler-utils)  # pdfinfo/pdftotext: the summary.pdf test
  # The report page's browser test (tests/browser): Chromium driven by playwright-core.
  packages+=(chromium nodejs)
  command -v npm >/dev/null || packages+=(npm)  # NodeSource's nodejs carries its own npm
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "chainmap: installing ${missing[*]}" >&2
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo=sudo; else
    echo "chainmap: run as root (or install sudo) to install: ${missing[*]}" >&2
    exit 2
  fi
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
