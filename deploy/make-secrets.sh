#!/usr/bin/env bash
# Creates the secret files docker-compose.yml mounts, in deploy/secrets/. Never overwrites an existing file:
# a new deployment salt or Data Protection certificate on a running installation would lock every
# whistleblower out (salt) or log every user out (certificate).
#
# Usage: deploy/make-secrets.sh [--self-signed-tls HOSTNAME]
#   --self-signed-tls  also create a throwaway TLS certificate so the "clearnet" profile starts before a real
#                      certificate is installed (see deploy/README.md, "Clearnet TLS").
set -euo pipefail

dir="$(cd "$(dirname "$0")" && pwd)/secrets"
tls_hostname=""
while [ $# -gt 0 ]; do
  case "$1" in
    --self-signed-tls) tls_hostname="${2:?--self-signed-tls needs a host name}"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 1; }
umask 077
mkdir -p "$dir" "$dir/acme-webroot"
# The directory keeps other host users out; the files themselves must be readable by the containers'
# non-root users (compose bind-mounts them as they are), hence 0444 files inside a 0700 directory.
chmod 0700 "$dir"
chmod 0755 "$dir/acme-webroot"

created=()
# Writes stdin to secrets/$1 unless it already exists.
write_once() {
  local name="$1" path="$dir/$1"
  if [ -e "$path" ]; then
    cat >/dev/null
    echo "kept     $name (already exists)"
    return 0
  fi
  cat >"$path.tmp"
  chmod 0444 "$path.tmp"
  mv "$path.tmp" "$path"
  created+=("$name")
  echo "created  $name"
}

# URL-safe random text: no ':' or '\', so it is safe in a pgpass line and an env file.
random_text() { openssl rand -base64 48 | tr -d '\n=' | tr '+/' '-_'; }

if [ ! -e "$dir/postgres_password" ]; then
  random_text | write_once postgres_password
else
  echo "kept     postgres_password (already exists)"
fi
# Npgsql reads the password from this file (Passfile=), so the connection string itself holds no secret.
printf '*:*:tipline:tipline:%s\n' "$(cat "$dir/postgres_password")" | write_once pgpass

# 32 raw random bytes; served to browsers (it is not secret) but must never change (ADR 0003).
head -c 32 /dev/urandom | write_once deployment_salt

if [ ! -e "$dir/dataprotection.pfx" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  random_text >"$work/password"
  openssl req -x509 -newkey rsa:3072 -sha256 -nodes -days 3650 \
    -subj "/CN=TipLine Data Protection" -addext "keyUsage=critical,keyEncipherment,dataEncipherment" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
  openssl pkcs12 -export -inkey "$work/key.pem" -in "$work/cert.pem" \
    -passout "file:$work/password" -out "$work/dataprotection.pfx"
  write_once dataprotection.pfx <"$work/dataprotection.pfx"
  printf 'DataProtection__CertificatePassword=%s\n' "$(cat "$work/password")" | write_once tipline.env
  rm -rf "$work"
  trap - EXIT
else
  echo "kept     dataprotection.pfx (already exists)"
  [ -e "$dir/tipline.env" ] || { echo "missing tipline.env for the existing dataprotection.pfx" >&2; exit 1; }
fi

if [ -n "$tls_hostname" ]; then
  if [ ! -e "$dir/tls_fullchain.pem" ]; then
    work="$(mktemp -d)"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 \
      -subj "/CN=$tls_hostname" -addext "subjectAltName=DNS:$tls_hostname" \
      -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
    write_once tls_privkey.pem <"$work/key.pem"
    write_once tls_fullchain.pem <"$work/cert.pem"
    rm -rf "$work"
  else
    echo "kept     tls_fullchain.pem (already exists)"
  fi
fi

echo
if [ "${#created[@]}" -gt 0 ]; then
  echo "Back up now, each to its own place (deploy/README.md, Backups): deployment_salt, dataprotection.pfx"
  echo "with tipline.env (its password), and keep them apart from database backups."
fi
