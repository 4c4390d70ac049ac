#!/bin/sh
# Oefenplein op deze computer: start Caddy met de instellingen in Caddyfile.
cd "$(dirname "$0")" || exit 1
if [ -x ./caddy ]; then
  CADDY=./caddy
elif command -v caddy >/dev/null 2>&1; then
  CADDY=caddy
else
  echo "Caddy ontbreekt. Lees HANDLEIDING.txt, stap 2."
  exit 1
fi
echo "Oefenplein start. Open in de browser: http://localhost:8080"
echo "Stoppen: druk op Ctrl+C."
exec "$CADDY" run --config Caddyfile --adapter caddyfile
