#!/usr/bin/env node
/*
 * `npm test`: lint and type checks are CI's job; this runs every test layer in order, against the
 * real Postgres, Redis and an in-test SMTP server. The browser layer needs the built web app
 * (dist/web) and Debian's chromium; it builds the web app when missing. The integration layer runs
 * the compiled worker too, so the server is built first.
 */
const { execSync, spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');

const run = (command) => {
  console.log(`\n> ${command}`);
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('dist/web/index.html')) run('npm run build:web');
if (!existsSync('/usr/bin/chromium')) {
  console.error('Browser tests need Debian chromium at /usr/bin/chromium (apt-get install -y chromium); .ci/run installs it.');
  process.exit(1);
}
try {
  execSync('pdftotext -v', { stdio: 'ignore' });
} catch {
  console.error("Document tests read PDFs with poppler's pdftotext (apt-get install -y poppler-utils); .ci/run installs it.");
  process.exit(1);
}
try {
  execSync('pg_isready -h 127.0.0.1 -p 5432', { stdio: 'ignore' });
} catch {
  console.error('PostgreSQL is not reachable on 127.0.0.1:5432. Start it, or `docker compose -f docker/compose.yml up -d postgres redis`.');
  process.exit(1);
}
run('npx jest --selectProjects unit');
// Some integration tests run the compiled worker as a separate process (to kill it mid-job).
run('npm run build:server');
run('npx jest --selectProjects integration --runInBand');
run('npx jest --selectProjects browser --runInBand');
