#!/usr/bin/env bash
# Runs every package's test script (`packages/<name>/test.sh`): the core crates' cargo tests,
# then the upstream suite against the built wheel. Each script ends with pytest's summary;
# this prints one line per package and a final `N passed, M failed` over the packages.
set -u
cd "$(dirname "$0")"
passed=0; failed=0; failures=()
for script in */test.sh; do
  name=${script%/test.sh}
  echo "=== package $name"
  if bash "$script"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); failures+=("$name")
  fi
done
for f in "${failures[@]:-}"; do [ -n "$f" ] && echo "FAILED package: $f"; done
echo "packages: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
