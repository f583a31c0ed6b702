#!/usr/bin/env bash
# Recreates both migration sets from scratch as one migration named `Initial` each (the project keeps
# one migration until its first release). Run it after any model change, and after merging branches
# that changed the model:
#
#   scripts/regenerate-migrations.sh
#
# EF Core keeps one migration set per provider; ValueFirst uses one context type per provider
# (ApplicationDbContext = SQLite, PostgresApplicationDbContext = PostgreSQL), both in the web project.
# dotnet ef builds each context through the app's own start-up (Identity's options shape the model),
# told which provider to use by the arguments after `--`, which override any environment setting.
# Neither needs a database: adding a migration compares models and never connects.
#   SQLite     -> src/ValueFirst.Web/Data/Migrations           (namespace ValueFirst.Web.Data.Migrations)
#   PostgreSQL -> src/ValueFirst.Web/Data/Migrations/Postgres  (namespace ValueFirst.Web.Data.Migrations.Postgres)
set -euo pipefail
cd "$(dirname "$0")/.."

project=src/ValueFirst.Web
migrations="$project/Data/Migrations"

dotnet tool restore >/dev/null

# Only the generated files: the Postgres set is a sub-folder of the SQLite one. Then build without
# them, so the design-time tools see no migration at all.
rm -f "$migrations"/*.cs "$migrations"/Postgres/*.cs
dotnet build "$project" -warnaserror -v q -nologo >/dev/null

dotnet ef migrations add Initial --no-build --project "$project" \
  --context ApplicationDbContext --output-dir Data/Migrations \
  -- --Database:Provider=Sqlite
dotnet ef migrations add Initial --no-build --project "$project" \
  --context PostgresApplicationDbContext --output-dir Data/Migrations/Postgres \
  -- --Database:Provider=Postgres "--ConnectionStrings:ValueFirst=Host=localhost;Database=valuefirst_design_time"

# The new migrations compile into the assembly the tests load.
dotnet build "$project" -warnaserror -v q -nologo >/dev/null
echo "Regenerated: $(cd "$migrations" && ls -- *_Initial.cs Postgres/*_Initial.cs | tr '\n' ' ')"
