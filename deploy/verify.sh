#!/usr/bin/env bash
# Checks the deployment files without a Docker engine, against the real tools where they are installed:
#   1. make-secrets.sh creates every secret, then keeps them on a second run (salt unchanged), PFX opens;
#   2. docker-compose config accepts docker-compose.yml, with and without the "clearnet" profile,
#      and only the proxy publishes ports;
#   3. tor --verify-config accepts deploy/tor/torrc, with the proof-of-work section enabled too;
#   4. nginx with deploy/reverse-proxy/nginx.conf, in front of a local echo server: identifying headers never
#      reach the upstream, a 20 MB upload is streamed without a temp file, nothing is logged.
# Works on a copy in a temporary directory; never touches deploy/secrets/. Exit code 0 = all checks passed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
failures=0
pass() { echo "ok    $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
skip() { echo "skip  $*"; }

mkdir -p "$work/project/deploy/secrets"
cp "$repo/docker-compose.yml" "$work/project/"
cp -r "$repo/deploy/Dockerfile" "$repo/deploy/make-secrets.sh" "$repo/deploy/tor" "$repo/deploy/reverse-proxy" "$work/project/deploy/"
cd "$work/project"

# 1. secrets
deploy/make-secrets.sh --self-signed-tls tipline.example >/dev/null
for f in postgres_password pgpass deployment_salt dataprotection.pfx tipline.env tls_fullchain.pem tls_privkey.pem; do
  [ -s "deploy/secrets/$f" ] && pass "secret $f created" || fail "secret $f missing"
done
[ "$(stat -c %s deploy/secrets/deployment_salt)" = 32 ] && pass "deployment salt is 32 bytes" || fail "deployment salt size"
salt_before="$(sha256sum deploy/secrets/deployment_salt)"
deploy/make-secrets.sh >/dev/null
[ "$(sha256sum deploy/secrets/deployment_salt)" = "$salt_before" ] && pass "second run keeps the salt" || fail "salt was overwritten"
[ "$(stat -c %a deploy/secrets)" = 700 ] && pass "secrets directory is 0700" || fail "secrets directory mode"
password="$(sed 's/^DataProtection__CertificatePassword=//' deploy/secrets/tipline.env)"
openssl pkcs12 -in deploy/secrets/dataprotection.pfx -passin "pass:$password" -nokeys -noout 2>/dev/null \
  && pass "Data Protection PFX opens with the password in tipline.env" || fail "PFX does not open"
openssl pkcs12 -in deploy/secrets/dataprotection.pfx -passin "pass:$password" -nokeys 2>/dev/null \
  | openssl x509 -noout -text | grep -q 'rsaEncryption' && pass "PFX holds an RSA key" || fail "PFX key type"

# 2. compose
if command -v docker-compose >/dev/null; then
  docker-compose config -q && pass "docker-compose config" || fail "docker-compose config"
  services="$(docker-compose --profile clearnet config --services | sort | tr '\n' ' ')"
  [ "$services" = "postgres proxy tipline tor " ] && pass "services: $services" || fail "services: $services"
  published="$(docker-compose --profile clearnet config | awk '/^  [a-z-]+:$/{svc=$1} /^    ports:/{print svc}' | tr -d ':' | tr '\n' ' ')"
  [ "$published" = "proxy " ] && pass "only the proxy publishes ports" || fail "services publishing ports: $published"
else
  skip "docker-compose not installed (apt-get install docker-compose)"
fi

# 3. tor
if command -v tor >/dev/null; then
  mkdir -p "$work/tor/tipline" && chmod -R 0700 "$work/tor"
  sed "s#/var/lib/tor#$work/tor#" deploy/tor/torrc >"$work/torrc"
  tor --verify-config -f "$work/torrc" >/dev/null 2>&1 && pass "tor accepts torrc" || fail "tor rejects torrc"
  sed 's/^# \(HiddenService[A-Za-z]* [0-9]\)/\1/' "$work/torrc" >"$work/torrc-pow"
  grep -q '^HiddenServicePoWDefensesEnabled 1' "$work/torrc-pow" \
    && tor --verify-config -f "$work/torrc-pow" >/dev/null 2>&1 && pass "tor accepts torrc with PoW enabled" || fail "PoW section"
  address="$(awk '/^HiddenServicePort/{split($3,a,":"); print a[1]}' deploy/tor/torrc)"
  grep -q "ipv4_address: $address" docker-compose.yml && pass "torrc target $address matches compose" || fail "torrc target $address not in compose"
else
  skip "tor not installed"
fi

# 4. nginx
if command -v nginx >/dev/null && command -v python3 >/dev/null && command -v curl >/dev/null; then
  n="$work/nginx"; mkdir -p "$n/secrets" "$n/acme"
  cp deploy/secrets/tls_fullchain.pem "$n/secrets/tls_fullchain"; cp deploy/secrets/tls_privkey.pem "$n/secrets/tls_privkey"
  cat >"$n/echo.py" <<'PY'
import http.server, json, sys
class Echo(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *args): pass
    def do_POST(self):
        length, body = int(self.headers.get("Content-Length") or 0), 0
        if self.headers.get("Transfer-Encoding") == "chunked":
            while (size := int(self.rfile.readline().strip(), 16)):
                body += len(self.rfile.read(size)); self.rfile.readline()
            self.rfile.readline()
        else:
            body = len(self.rfile.read(length))
        out = json.dumps({"headers": dict(self.headers), "body": body}).encode()
        self.send_response(200); self.send_header("Content-Length", str(len(out))); self.end_headers(); self.wfile.write(out)
    do_GET = do_POST
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Echo).serve_forever()
PY
  up=$((20000 + RANDOM % 10000)); tls=$((up + 1)); plain=$((up + 2))
  python3 "$n/echo.py" "$up" & pids+=($!)
  sed -e "s#/run/secrets#$n/secrets#" -e "s#server tipline:8080#server 127.0.0.1:$up#" \
      -e "s#listen 8443#listen $tls#" -e "s#listen \[::\]:8443#listen [::]:$tls#" \
      -e "s#listen 8080#listen $plain#" -e "s#listen \[::\]:8080#listen [::]:$plain#" \
      -e "s#/tmp/nginx-#$n/tmp-#" -e "s#pid /tmp/nginx.pid#pid $n/nginx.pid#" -e "s#/var/www/acme#$n/acme#" \
      deploy/reverse-proxy/nginx.conf >"$n/nginx.conf"
  # "http2 on" needs nginx >= 1.25.1; older local builds still check everything else.
  nginx -v 2>&1 | grep -qE 'nginx/1\.(2[5-9]|[3-9][0-9])' || sed -i '/http2 on;/d' "$n/nginx.conf"
  if nginx -t -q -c "$n/nginx.conf" -e "$n/startup.log" 2>/dev/null && nginx -c "$n/nginx.conf" -e "$n/startup.log"; then
    pass "nginx accepts nginx.conf"
    sleep 1
    pids+=("$(cat "$n/nginx.pid")")
    reply="$(curl -sk "https://127.0.0.1:$tls/" -H 'X-Forwarded-For: 198.51.100.77' -H 'X-Real-IP: 198.51.100.77' \
      -H 'Forwarded: for=198.51.100.77' -H 'User-Agent: planted-agent-7f3a' -H 'Accept-Language: planted-lang-7f3a' \
      -H 'Referer: https://planted-referrer-7f3a.example/')"
    echo "$reply" | grep -q '"X-Forwarded-Proto": "https"' && pass "request reached the upstream" || fail "no upstream reply: $reply"
    echo "$reply" | grep -qiE '198\.51\.100\.77|planted' && fail "identifying data reached the upstream: $reply" \
      || pass "no client address, User-Agent, Accept-Language or Referer reached the upstream"
    head -c 20000000 /dev/urandom >"$n/upload.bin"
    reply="$(curl -sk "https://127.0.0.1:$tls/upload" -H 'Content-Type: application/octet-stream' --data-binary @"$n/upload.bin")"
    echo "$reply" | grep -q '"body": 20000000' && pass "20 MB upload passed through" || fail "upload: $reply"
    [ -z "$(find "$n" -path "$n/tmp-*" -type f)" ] && pass "no request or response body written to disk" || fail "nginx wrote temp files"
    curl -sk "https://127.0.0.1:$tls/" -D - -o /dev/null | grep -qi '^strict-transport-security:' && pass "HSTS sent" || fail "no HSTS"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$plain/x")" = 301 ] && pass "port 80 redirects" || fail "no redirect"
    [ ! -s "$n/startup.log" ] && pass "nothing logged" || fail "nginx logged: $(cat "$n/startup.log")"
  else
    fail "nginx rejects nginx.conf: $(cat "$n/startup.log" 2>/dev/null)"
  fi
else
  skip "nginx, python3 or curl not installed"
fi

echo
if [ "$failures" -eq 0 ]; then echo "deploy checks: all passed"; else echo "deploy checks: $failures failed"; exit 1; fi
