// `npm run lint`: ESLint (eslint.config.js) and Prettier's check (.prettierrc.json), the first
// stage of `npm test` with the import rules. `npm run lint -- --fix` fixes what both can: ESLint's
// fixable rules, and Prettier writes the layout.
import { spawnSync } from 'node:child_process';
import { argv, exit } from 'node:process';

const fix = argv.includes('--fix');
const run = (command, args) => spawnSync('npx', [command, ...args], { stdio: 'inherit' }).status ?? 1;

const eslint = run('eslint', ['--max-warnings', '0', ...(fix ? ['--fix'] : []), '.']);
const prettier = run('prettier', [fix ? '--write' : '--check', '--log-level', 'warn', '.']);
exit(eslint || prettier);
