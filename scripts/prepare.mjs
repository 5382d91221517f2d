// npm's `prepare`, which builds dist/ (not committed) wherever npm is about to use this checkout as
// a package: before `npm pack` and `npm publish`; in the clone npm makes to install this package
// from git (after installing its devDependencies there); for a local folder installed as a link;
// and after a plain `npm install` here. `npm ci` is left out: it sets a checkout up for development
// and CI, where nothing needs dist/ before `npm run build` (which .ci/run runs next, and `npm test`
// runs itself), so building there would only add a build to every run.
import { spawnSync } from 'node:child_process';
import { env, exit, platform } from 'node:process';

if (env.npm_command !== 'ci') {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', shell: platform === 'win32' });
  exit(build.status ?? 1);
}
