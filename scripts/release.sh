#!/usr/bin/env bash
# Makes the release zip for a library or community centre:
#   target/oefenplein-<version>.zip
#     oefenplein/app/               the build (with its .br and .gz copies and Apache's .htaccess)
#     oefenplein/Caddyfile          Caddy on this computer, port 8080 (from hosting/Caddyfile)
#     oefenplein/start-windows.bat  start-linux-mac.sh  HANDLEIDING.txt   (hosting/lokaal/)
#     oefenplein/kiosk.voorbeeld.json  kiosk mode for public computers, to copy into app/
#     oefenplein/hosting/           the configurations for a real web server, and their README
#   scripts/release.sh [dist-dir]
# `scripts/test-hosting.sh dist release` unpacks the zip and serves it as the guide says.
set -euo pipefail
cd "$(dirname "$0")/.."

src="${1:-dist}"
if [ ! -f "$src/index.html" ]; then
  echo "release: $src/index.html not found; run \`make dist\` first" >&2
  exit 1
fi
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
work="target/release-zip"
root="$work/oefenplein"
zip="target/oefenplein-$version.zip"
rm -rf "$work" "$zip"
mkdir -p "$root/hosting"

cp -R "$src" "$root/app"
node scripts/precompress.mjs "$root/app"
cp hosting/.htaccess "$root/app/.htaccess"
cp hosting/nginx.conf hosting/Caddyfile hosting/README.md hosting/.htaccess "$root/hosting/"
cp hosting/lokaal/HANDLEIDING.txt hosting/lokaal/start-windows.bat hosting/lokaal/start-linux-mac.sh \
  hosting/kiosk.voorbeeld.json "$root/"

# The local Caddyfile is the tested server one, on port 8080 of this
# computer (OEFENPLEIN_ADRES overrides it), serving app/ beside it, over
# plain http (localhost is a secure context: offline use works there).
caddyfile="$root/Caddyfile"
grep -q '^:80 {$' hosting/Caddyfile || { echo "release: ':80 {' not found in hosting/Caddyfile" >&2; exit 1; }
grep -q '^	root \* /var/www/oefenplein$' hosting/Caddyfile || { echo "release: the root line not found in hosting/Caddyfile" >&2; exit 1; }
{
  printf '# Oefenplein op deze computer: http://localhost:8080 (start-windows.bat of start-linux-mac.sh).\n'
  printf '# Een ander adres: zet OEFENPLEIN_ADRES, bijvoorbeeld http://:9000.\n# Gemaakt uit hosting/Caddyfile; verander die, niet deze.\n{\n\tadmin off\n\tauto_https off\n}\n\n'
  sed -e 's|^:80 {$|{$OEFENPLEIN_ADRES::8080} {|' -e 's|^	root \* /var/www/oefenplein$|	root * app|' hosting/Caddyfile
} >"$caddyfile"

(cd "$work" && python3 -m zipfile -c "../oefenplein-$version.zip" oefenplein)
echo "release: $zip ($(du -k "$zip" | cut -f1) KB), unpack it and read oefenplein/HANDLEIDING.txt"
