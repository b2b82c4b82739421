#!/bin/sh
# Client instructions per getPatient call, SDK and bare http.request, over an in-memory
# socket (bench/instructions.ts), counted by callgrind (and the SDK with learning off: the
# difference is what learning the throttle costs per call): the difference between a run
# with CALLS calls and one without, divided by CALLS. Needs valgrind (apt-get install
# valgrind) and a build (npm run build). About 10 minutes; the three clients run in parallel.
# Usage: sh bench/instructions.sh [calls, default 4000]
set -e
calls=${1:-4000}
cd "$(dirname "$0")/.."
count() { # client calls -> instructions of the whole run
  CLIENT=$1 CALLS=$2 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    node --single-threaded --predictable --hash-seed=1 --random-seed=1 --import tsx bench/instructions.ts 2>&1 |
    awk '/Collected/ { print $4 }'
}
per_call() {
  base=$(count "$1" 0)
  full=$(count "$1" "$calls")
  echo "$1: $(( (full - base) / calls )) instructions per call"
}
per_call raw & per_call sdk & per_call sdk-unlearned & wait
