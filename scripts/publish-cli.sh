#!/usr/bin/env bash
# A standalone `wuhu` for Linux x64: self-contained (no .NET needed where it runs) and ReadyToRun (precompiled,
# so a fresh process spends little time in the JIT). For a machine with the .NET SDK, the .NET tool is simpler
# (README, "Install the wuhu command").
#
#   scripts/publish-cli.sh [OUTPUT_DIR]        default: artifacts/wuhu-linux-x64
#
# Then run OUTPUT_DIR/wuhu, or put OUTPUT_DIR on PATH. `wuhu demo` still needs the repository (Azurite in
# node_modules, samples/) unless given --input and an emulator that is already running.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(realpath -m "${1:-$repo/artifacts/wuhu-linux-x64}")"
artifacts="${WUHU_ARTIFACTS:-$repo/artifacts/publish-cli-build}"

dotnet publish "$repo/src/Wuhu.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
  --artifacts-path "$artifacts" -o "$out" -nologo
echo "wuhu published to $out ($(du -sh "$out" | cut -f1)); run $out/wuhu --help"
