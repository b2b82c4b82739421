/* global process, console */
// CI: fails unless every Redis test ran and passed. A skipped, todo or missing Redis
// test would leave the suite green while the shared store and limiter went untested.
// Usage: node .ci/check-redis-tests.mjs <vitest JSON report>
import { readFileSync } from 'node:fs';
import path from 'node:path';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const redisDir = `${path.sep}packages${path.sep}sdk${path.sep}test${path.sep}redis${path.sep}`;
const files = report.testResults.filter((file) => file.name.includes(redisDir));
const problems = [];
if (files.length === 0) problems.push(`no test file under ${redisDir} ran`);
for (const file of files) {
  if (file.assertionResults.length === 0) problems.push(`${file.name}: no tests ran`);
  for (const test of file.assertionResults) {
    if (test.status !== 'passed') problems.push(`${file.name}: "${test.fullName}" ${test.status}`);
  }
}
if (problems.length > 0) {
  console.error(`Redis tests did not all run and pass:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const tests = files.reduce((n, file) => n + file.assertionResults.length, 0);
console.log(`Redis tests: all ${tests} in ${files.length} files ran and passed.`);
