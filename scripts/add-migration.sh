#!/usr/bin/env bash
# Adds one migration, under the same name, to both migration sets after a model change:
#
#   scripts/add-migration.sh ScheduleOwnsTheTimeZone
#
# EF Core keeps one migration set per provider; ValueFirst uses one context type per provider
# (ApplicationDbContext = SQLite, PostgresApplicationDbContext = PostgreSQL), both in the web project.
# dotnet ef builds each context through the app's own start-up (Identity's options shape the model),
# told which provider to use by the arguments after `--`. Neither needs a database: adding a migration
# compares the model with the set's snapshot and never connects.
#   SQLite     -> src/ValueFirst.Web/Data/Migrations           (namespace ValueFirst.Web.Data.Migrations)
#   PostgreSQL -> src/ValueFirst.Web/Data/Migrations/Postgres  (namespace ValueFirst.Web.Data.Migrations.Postgres)
# Read both generated files before committing: EF cannot tell a rename from a drop and an add, and data
# that moves between columns needs a statement of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

name=${1:?usage: scripts/add-migration.sh MigrationName}
project=src/ValueFirst.Web

dotnet tool restore >/dev/null
dotnet build "$project" -warnaserror -v q -nologo >/dev/null

dotnet ef migrations add "$name" --no-build --project "$project" \
  --context ApplicationDbContext --output-dir Data/Migrations \
  -- --Database:Provider=Sqlite
dotnet ef migrations add "$name" --no-build --project "$project" \
  --context PostgresApplicationDbContext --output-dir Data/Migrations/Postgres \
  -- --Database:Provider=Postgres "--ConnectionStrings:ValueFirst=Host=localhost;Database=valuefirst_design_time"

dotnet build "$project" -warnaserror -v q -nologo >/dev/null
echo "Added: $(cd "$project/Data/Migrations" && ls -- *_"$name".cs Postgres/*_"$name".cs | tr '\n' ' ')"
