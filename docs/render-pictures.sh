#!/usr/bin/env bash
# Re-draws the README's pictures from a real run: checker -> LibreOffice (PDF) -> pdftoppm (PNG).
# Needs: apt-get install libreoffice-calc-nogui poppler-utils
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
cp seeds/004_5f3eeb69434dde86.txt "$work/draft.txt"
checker check seeds --draft "$work/draft.txt" --out "$work/story.xlsx" >/dev/null
(cd "$work" && soffice --headless --convert-to pdf story.xlsx >/dev/null)
pdftoppm -r 220 -png -singlefile -f 1 -l 1 -x 110 -y 155 -W 2100 -H 75 "$work/story.pdf" docs/draft-sheet
pdftoppm -r 220 -png -singlefile -f 2 -l 2 -x 110 -y 155 -W 2100 -H 120 "$work/story.pdf" docs/summary-sheet
rm -rf "$work"
