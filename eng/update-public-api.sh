#!/usr/bin/env bash
# Adds new public symbols to PublicAPI.Unshipped.txt (RS0016) and drops removed ones (RS0017),
# from the analyzers' own messages, so the list always matches the code.
# Usage: eng/update-public-api.sh [project.csproj]   (default: src/IkmDomain/IkmDomain.csproj)
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/IkmDomain/IkmDomain.csproj}
dir=$(dirname "$project")
log=$(mktemp)
dotnet build "$project" -nologo -clp:NoSummary -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1 || true
python3 - "$log" "$dir/PublicAPI.Unshipped.txt" "$dir/PublicAPI.Shipped.txt" <<'PY'
import re, sys
log, unshipped, shipped = sys.argv[1:4]
text = open(log, encoding='utf-8').read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
lines = [l.rstrip('\n') for l in open(unshipped, encoding='utf-8')]
header = [l for l in lines if l.startswith('#')] or ['#nullable enable']
body = {l for l in lines if l and not l.startswith('#')}
body = (body | added) - removed
# A symbol that one target framework sees as nullable-oblivious (~) and another as annotated (the
# System.Text.Json generators of .NET 8 and .NET 10 differ) is listed once, in its oblivious form.
oblivious = {l[1:].replace('!', '') for l in body if l.startswith('~')}
body = {l for l in body if l.startswith('~') or l.replace('!', '') not in oblivious}
open(unshipped, 'w', encoding='utf-8').write('\n'.join(header + sorted(body, key=lambda s: (s.lstrip('~*').lower(), s))) + '\n')
print(f"public API: +{len(added)} -{len(removed)} -> {len(body)} unshipped symbols")
PY
rm -f "$log"
