# Sourced by the scripts: puts the project's own tools first on PATH. Debian's binaryen
# (wasm-opt 108) silently breaks the bundle, so npm's wasm-opt must win.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
