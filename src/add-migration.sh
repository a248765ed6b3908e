#!/bin/sh
# Adds the same-named EF Core migration to every provider's migrations project (Sqlite, Postgres, SqlServer).
# Usage: src/add-migration.sh NAME
set -eu
if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: $0 MIGRATION_NAME" >&2
    exit 2
fi
name=$1
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres SqlServer; do
    project="src/TipLine.Migrations.$provider"
    echo "== $provider"
    dotnet ef migrations add "$name" \
        --project "$project" --startup-project "$project" \
        --context TipLineDbContext --output-dir Migrations
done
