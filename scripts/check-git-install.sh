#!/usr/bin/env bash
# Installs the repository's HEAD as a git dependency (`npm install git+file://…`) into an
# empty project and checks that it is a working SDK: the root's prepare builds packages/sdk,
# and the root's files/exports serve packages/sdk/dist.
#
# Not part of `npm test`: npm runs prepare after installing the clone's devDependencies
# (tsup, typescript, …), which come from the registry or, here, the machine's npm cache
# (--prefer-offline): an empty cache cannot do it. Only committed work is checked.
#
#   scripts/check-git-install.sh
set -euo pipefail

repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
head=$(git -C "$repo" rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-local "$repo" "$work/repo"
git -C "$work/repo" checkout --quiet --detach "$head"

mkdir "$work/app"
cd "$work/app"
echo '{ "name": "git-install-check", "private": true, "type": "module" }' > package.json
export npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
start=$SECONDS
npm install --no-package-lock "git+file://$work/repo#$head"
echo "installed $head in $((SECONDS - start)) s"

sdk=node_modules/athenahealth-sdk
test -f "$sdk/packages/sdk/dist/index.d.ts" || { echo "no declarations in the git install" >&2; exit 1; }
if [ -e "$sdk/packages/cli" ] || [ -e "$sdk/packages/sdk/src" ] || find "$sdk" -name '*.map' | grep -q .; then
  echo "the git install holds more than packages/sdk/dist:" >&2
  find "$sdk" -not -path '*/node_modules/*' -type f | head -20 >&2
  exit 1
fi

# ESM and CommonJS users call a simulator through the installed SDK.
cat > check.mjs <<'JS'
import { AthenaClient } from 'athenahealth-sdk';
import { startSimulator } from 'athenahealth-sdk/simulator';
const sim = await startSimulator();
const athena = new AthenaClient({ clientId: sim.clientId, clientSecret: sim.clientSecret, practiceId: sim.practiceId, baseUrl: sim.url, logLevel: 'off' });
const patient = await athena.patients.getPatient('1');
athena.close();
await sim.stop();
if (patient.patientid !== '1') throw new Error(`unexpected patient ${JSON.stringify(patient)}`);
console.log('ESM: patient', patient.patientid);
JS
node check.mjs
node -e "const { AthenaClient } = require('athenahealth-sdk'); const { RedisTokenStore } = require('athenahealth-sdk/redis'); if (typeof AthenaClient !== 'function' || typeof RedisTokenStore !== 'function') process.exit(1); console.log('CommonJS: AthenaClient, RedisTokenStore')"
echo "git install OK: $(du -sk "$sdk" | cut -f1) KB in node_modules/athenahealth-sdk"
