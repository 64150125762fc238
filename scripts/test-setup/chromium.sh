# Sourced by run-tests: Debian's chromium for the browser tests (tests/Janalyq.Tests/Browser), which Playwright
# drives at /usr/bin/chromium (no browser download). Installed when missing; apt waits for another apt to finish.
if [ ! -x /usr/bin/chromium ]; then
  echo "run-tests: installing chromium (Debian package)…"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium fonts-liberation >/dev/null
fi
