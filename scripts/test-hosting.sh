#!/usr/bin/env bash
# Serves a build with the host configurations in hosting/ (nginx, Apache,
# Caddy, from Debian's packages) and with scripts/serve-dist.mjs, and checks
# each with scripts/check-hosting.mjs: compressed copies, types, caching, SPA
# fallback, 404s and security headers. `release` unpacks the release zip
# (scripts/release.sh) and runs it the way its HANDLEIDING.txt says, with
# its own Caddyfile.
#   scripts/test-hosting.sh [dist-dir] [node|nginx|apache|caddy|release ...]
# Default: dist/ and all four. The build is copied to a temporary folder and
# precompressed there; dist-dir itself is not changed. Missing servers are
# installed with apt-get (a few seconds each). Each server runs as a plain
# process on 127.0.0.1 with its pid, logs and config in the temporary folder,
# and is stopped at the end, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/sbin:/sbin"

src="${1:-dist}"
[ $# -gt 0 ] && shift
servers=("$@")
[ ${#servers[@]} -gt 0 ] || servers=(node nginx apache caddy)

for server in "${servers[@]}"; do
  case "$server" in node | nginx | apache | caddy | release) ;; *)
    echo "test-hosting: unknown server '$server' (node, nginx, apache, caddy, release)" >&2
    exit 2
    ;;
  esac
done
if [ ! -f "$src/index.html" ]; then
  echo "test-hosting: $src/index.html not found; run \`make dist\` first" >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/oefenplein-hosting.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$tmp"
}
trap cleanup EXIT

# The site: a copy of the build, precompressed, with a split wasm chunk named
# the way the build names them, and Apache's .htaccess (the others must not
# serve it).
site="$tmp/site"
cp -R "$src" "$site"
wasms=("$site"/*_bg.wasm)
[ -f "${wasms[0]}" ] || { echo "test-hosting: no *_bg.wasm in $src" >&2; exit 1; }
head -c 200000 "${wasms[0]}" >"$site/split_check-0123456789ab.wasm"
node scripts/precompress.mjs "$site"
cp hosting/.htaccess "$site/.htaccess"
# Servers started as root read files as another user (nobody, www-data).
chmod 755 "$tmp"
chmod -R a+rX "$site"

updated=""
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
# Installs a Debian package when its command is missing. Debian's packages
# start their service on port 80 when installed; a policy-rc.d that says no
# (as in containers) keeps them from it during this install.
need() {
  local command="$1" package="$2" start policy=""
  command -v "$command" >/dev/null && return 0
  echo "test-hosting: installing $package from Debian"
  start=$(date +%s)
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    policy=1
  fi
  if [ -z "$updated" ]; then
    $SUDO apt-get update -qq
    updated=1
  fi
  local status=0
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$package" >/dev/null || status=$?
  [ -z "$policy" ] || $SUDO rm -f /usr/sbin/policy-rc.d
  [ "$status" = 0 ] || { echo "test-hosting: installing $package failed" >&2; return 1; }
  echo "test-hosting: $package installed in $(($(date +%s) - start)) s"
}

# The first port from $1 on that nothing listens on.
free_port() {
  local port="$1"
  while (: </dev/tcp/127.0.0.1/"$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Waits up to 10 s until something answers on the port.
wait_port() {
  for _ in $(seq 100); do
    (: </dev/tcp/127.0.0.1/"$1") 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# Replaces text in a config and fails when it is not there, so that a
# changed file in hosting/ cannot be tested against the wrong folder or port.
substitute() {
  local file="$1" from="$2" to="$3"
  grep -qF -- "$from" "$file" || { echo "test-hosting: '$from' not found in $file" >&2; exit 1; }
  FROM="$from" TO="$to" node -e '
    const fs = require("fs");
    const f = process.argv[1];
    fs.writeFileSync(f, fs.readFileSync(f, "utf8").split(process.env.FROM).join(process.env.TO));
  ' "$file"
}

start_node() {
  node scripts/serve-dist.mjs "$1" "$site" >"$tmp/node.log" 2>&1 &
  pids+=($!)
  log="$tmp/node.log"
}

start_nginx() {
  need nginx nginx
  local dir="$tmp/nginx"
  mkdir -p "$dir/temp"
  cp hosting/nginx.conf "$dir/site.conf"
  substitute "$dir/site.conf" "listen 80;" "listen 127.0.0.1:$1;"
  substitute "$dir/site.conf" "listen [::]:80;" ""
  substitute "$dir/site.conf" "root /var/www/oefenplein;" "root $site;"
  cat >"$dir/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log;
events {}
http {
    include /etc/nginx/mime.types;
    access_log $dir/access.log;
    client_body_temp_path $dir/temp/body;
    proxy_temp_path $dir/temp/proxy;
    fastcgi_temp_path $dir/temp/fastcgi;
    uwsgi_temp_path $dir/temp/uwsgi;
    scgi_temp_path $dir/temp/scgi;
    include $dir/site.conf;
}
EOF
  nginx -t -q -p "$dir" -c "$dir/nginx.conf"
  nginx -p "$dir" -c "$dir/nginx.conf" &
  pids+=($!)
  log="$dir/error.log"
}

start_apache() {
  need apache2 apache2
  local dir="$tmp/apache" modules=/usr/lib/apache2/modules user=""
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && user="User nobody
Group $(id -gn nobody)"
  # Like Debian's default set-up (mime.conf with its ".br is Breton" line,
  # mod_deflate on), with AllowOverride All so that hosting/.htaccess is read.
  cat >"$dir/httpd.conf" <<EOF
ServerRoot $dir
ServerName 127.0.0.1
Listen 127.0.0.1:$1
PidFile $dir/httpd.pid
ErrorLog $dir/error.log
LogLevel warn
Mutex file:$dir default
$user
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule dir_module $modules/mod_dir.so
LoadModule filter_module $modules/mod_filter.so
LoadModule deflate_module $modules/mod_deflate.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule headers_module $modules/mod_headers.so
Include /etc/apache2/mods-available/mime.conf
Include /etc/apache2/mods-available/deflate.conf
DocumentRoot $site
<Directory />
    AllowOverride None
    Require all denied
</Directory>
<Directory $site>
    AllowOverride All
    Require all granted
</Directory>
<FilesMatch "^\.ht">
    Require all denied
</FilesMatch>
DirectoryIndex index.html
EOF
  apache2 -t -f "$dir/httpd.conf" 2>&1 | grep -v "Syntax OK" || true
  apache2 -f "$dir/httpd.conf" -DFOREGROUND >"$dir/stdout.log" 2>&1 &
  pids+=($!)
  log="$dir/error.log"
}

start_caddy() {
  need caddy caddy
  local dir="$tmp/caddy"
  mkdir -p "$dir"
  cp hosting/Caddyfile "$dir/site"
  substitute "$dir/site" ":80 {" "http://127.0.0.1:$1 {"
  substitute "$dir/site" "root * /var/www/oefenplein" "root * $site"
  { printf '{\n\tadmin off\n\tauto_https off\n}\n\n'; cat "$dir/site"; } >"$dir/Caddyfile"
  export XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config"
  caddy validate --config "$dir/Caddyfile" --adapter caddyfile >"$dir/validate.log" 2>&1 ||
    { cat "$dir/validate.log" >&2; exit 1; }
  caddy run --config "$dir/Caddyfile" --adapter caddyfile >"$dir/caddy.log" 2>&1 &
  pids+=($!)
  log="$dir/caddy.log"
}

start_release() {
  need caddy caddy
  local zip dir="$tmp/release"
  zip="$(ls -t target/oefenplein-*.zip 2>/dev/null | head -n 1)"
  [ -n "$zip" ] || { echo "test-hosting: no target/oefenplein-*.zip; run \`make release\` first" >&2; exit 1; }
  mkdir -p "$dir"
  python3 -m zipfile -e "$zip" "$dir"
  for file in HANDLEIDING.txt start-windows.bat start-linux-mac.sh kiosk.voorbeeld.json Caddyfile app/index.html app/hulp.json \
    app/.htaccess hosting/nginx.conf hosting/Caddyfile hosting/.htaccess hosting/README.md; do
    [ -e "$dir/oefenplein/$file" ] || { echo "test-hosting: the release lacks $file" >&2; exit 1; }
  done
  served="$dir/oefenplein/app"
  chmod -R a+rX "$dir"
  export XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config"
  (cd "$dir/oefenplein" && OEFENPLEIN_ADRES="http://127.0.0.1:$1" exec caddy run --config Caddyfile --adapter caddyfile) \
    >"$dir/caddy.log" 2>&1 &
  pids+=($!)
  log="$dir/caddy.log"
}

failed=()
base_port=4191
for server in "${servers[@]}"; do
  port="$(free_port "$base_port")"
  base_port=$((port + 1))
  log=""
  served="$site"
  "start_$server" "$port"
  if ! wait_port "$port"; then
    echo "FAIL $server: did not start on port $port"
    [ -z "$log" ] || tail -n 20 "$log"
    failed+=("$server")
    continue
  fi
  echo "test-hosting: $server on http://127.0.0.1:$port/"
  if ! node scripts/check-hosting.mjs "http://127.0.0.1:$port" "$served" "$server"; then
    failed+=("$server")
    [ -z "$log" ] || { echo "--- $log"; tail -n 20 "$log"; }
  fi
  # Stop it now; cleanup only catches what is left after a failure.
  kill "${pids[-1]}" 2>/dev/null || true
  wait "${pids[-1]}" 2>/dev/null || true
  unset 'pids[-1]'
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "test-hosting: FAILED for ${failed[*]}"
  exit 1
fi
echo "test-hosting: all checks passed for ${servers[*]}"
