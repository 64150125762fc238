# Sourced by run-tests: the npm packages the Chromium tests inject into pages (tests/browser-tools: axe-core),
# installed from its package-lock.json when missing; Node.js and npm from Debian when the machine has none.
if [ ! -f tests/browser-tools/node_modules/axe-core/axe.min.js ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "run-tests: installing npm (Debian package)…"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq npm >/dev/null
  fi
  echo "run-tests: npm ci in tests/browser-tools"
  (cd tests/browser-tools && npm ci --no-audit --no-fund --silent)
fi
