#!/usr/bin/env bash
# Renders icon.svg (drawn by hand) to the 512×512 icon.png electron-builder packages (it derives the
# .icns/.ico sizes itself). Uses the system Chromium headless; run after editing the SVG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
chromium="${CHROMIUM:-/usr/bin/chromium}"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --default-background-color=00000000 --window-size=512,512 \
  --screenshot="$here/icon.png" "file://$here/icon.svg" 2>/dev/null
echo "wrote $here/icon.png"
