/**
 * Makes sure the browser tests have a Chromium before they start (`npm test` runs it first, and
 * `npm run test:e2e` before the tests). In this order:
 *
 *   1. CHROMIUM_PATH, when set (and nothing else: a wrong path is an error, not a fallback);
 *   2. Debian's /usr/bin/chromium;
 *   3. the Chromium Playwright already installed;
 *   4. `npx playwright install chromium` (where Playwright's download host answers);
 *   5. Debian's `chromium` through apt-get, when running as root or with passwordless sudo on
 *      Debian or Ubuntu.
 *
 * Every command runs with a time limit (its whole process group is killed when it is up), so a
 * network that answers nothing cannot hang the tests. When nothing works it stops with one
 * message: what it tried, and the one command to run.
 *
 *   node scripts/ensure-chromium.js [--dry-run]
 *
 * --dry-run prints the commands it would run instead of running them. CHROMIUM_IGNORE_INSTALLED=1
 * acts as if neither /usr/bin/chromium nor Playwright's browser existed: with --dry-run, it shows
 * what a fresh machine would do without removing the system's browser.
 *
 * `nextStep` is the decision alone (tests/unit/ensure-chromium.test.ts); `probe` reads the machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { playwrightChromium, SYSTEM_CHROMIUM } from './chromium.js';

/**
 * What the machine has.
 * @typedef {object} Facts
 * @property {string | undefined} chromiumPathEnv CHROMIUM_PATH
 * @property {(path: string) => boolean} exists whether an executable is at `path`
 * @property {string} playwrightChromium where Playwright's Chromium is, once installed
 * @property {'root' | 'sudo' | 'none'} privilege root, passwordless sudo, or neither
 * @property {boolean} debian Debian, Ubuntu or a derivative (/etc/os-release)
 */

/**
 * A way to install Chromium: commands run in order, each with its time limit.
 * @typedef {object} Attempt
 * @property {'playwright' | 'apt'} name
 * @property {string} label
 * @property {{ argv: string[], timeoutMs: number }[]} commands
 */

/** @typedef {{ use: string, found: string } | { install: Attempt } | { fail: string }} Step */

export const PLAYWRIGHT_INSTALL = ['npx', 'playwright', 'install', 'chromium'];
export const APT_PACKAGES = ['chromium', 'fonts-dejavu-core'];

/**
 * The apt-get commands, as root or through `sudo -n` (never a password prompt).
 * @param {'root' | 'sudo'} privilege
 */
export function aptCommands(privilege) {
	const prefix = privilege === 'sudo' ? ['sudo', '-n'] : [];
	const apt = [...prefix, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get'];
	return [
		{ argv: [...apt, 'update', '-qq'], timeoutMs: 180_000 },
		{
			argv: [...apt, 'install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES],
			timeoutMs: 600_000
		}
	];
}

/**
 * The install attempts this machine allows, in order.
 * @param {Facts} facts
 * @returns {Attempt[]}
 */
export function installAttempts(facts) {
	/** @type {Attempt[]} */
	const attempts = [
		{
			name: 'playwright',
			label: PLAYWRIGHT_INSTALL.join(' '),
			commands: [{ argv: PLAYWRIGHT_INSTALL, timeoutMs: 300_000 }]
		}
	];
	if (facts.debian && facts.privilege !== 'none')
		attempts.push({
			name: 'apt',
			label: `apt-get install ${APT_PACKAGES.join(' ')}`,
			commands: aptCommands(facts.privilege)
		});
	return attempts;
}

/** The one command to run when nothing worked. */
function advice(/** @type {Facts} */ facts) {
	if (facts.debian)
		return `${facts.privilege === 'root' ? '' : 'sudo '}apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}`;
	return 'npx playwright install --with-deps chromium';
}

/**
 * The next step: a browser to use, an install to try (those in `tried` are skipped), or the
 * message to stop with.
 * @param {Facts} facts
 * @param {{ name: string, outcome: string }[]} [tried] install attempts made, with how each ended
 * @returns {Step}
 */
export function nextStep(facts, tried = []) {
	if (facts.chromiumPathEnv) {
		if (facts.exists(facts.chromiumPathEnv))
			return { use: facts.chromiumPathEnv, found: 'CHROMIUM_PATH' };
		return {
			fail: `CHROMIUM_PATH is ${facts.chromiumPathEnv}, and there is no browser there. Set it to a Chromium executable, or unset it.`
		};
	}
	if (facts.exists(SYSTEM_CHROMIUM)) return { use: SYSTEM_CHROMIUM, found: 'Debian’s chromium' };
	if (facts.exists(facts.playwrightChromium))
		return { use: facts.playwrightChromium, found: 'Playwright’s Chromium' };
	const next = installAttempts(facts).find((a) => !tried.some((t) => t.name === a.name));
	if (next) return { install: next };
	const lines = [
		'No Chromium for the browser tests. Tried:',
		'  - CHROMIUM_PATH: not set',
		`  - ${SYSTEM_CHROMIUM}: not there`,
		`  - Playwright’s Chromium (${facts.playwrightChromium}): not there`,
		...tried.map(
			(t) => `  - ${installAttempts(facts).find((a) => a.name === t.name)?.label}: ${t.outcome}`
		)
	];
	if (!facts.debian) lines.push('  - apt-get: not a Debian or Ubuntu machine');
	else if (facts.privilege === 'none')
		lines.push('  - apt-get: needs root or passwordless sudo (`sudo -n true` failed)');
	lines.push(
		`Install one with:\n\n    ${advice(facts)}\n\nor set CHROMIUM_PATH to a Chromium, then run the tests again.`
	);
	return { fail: lines.join('\n') };
}

/** The machine's facts. */
export function probe(env = process.env) {
	const ignoreInstalled = env.CHROMIUM_IGNORE_INSTALLED === '1';
	const installedPaths = [SYSTEM_CHROMIUM, playwrightChromium()];
	/** @param {string} path */
	const exists = (path) =>
		!(ignoreInstalled && installedPaths.includes(path)) && path !== '' && existsSync(path);
	let osRelease = '';
	try {
		osRelease = readFileSync('/etc/os-release', 'utf8');
	} catch {
		// Not Linux, or not a distribution that says which it is.
	}
	const ids = /^ID(?:_LIKE)?=.*$/gm;
	const debian = (osRelease.match(ids) ?? []).some((line) => /debian|ubuntu/i.test(line));
	/** @type {Facts['privilege']} */
	let privilege = 'none';
	if (process.getuid?.() === 0) privilege = 'root';
	else if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5_000 }).status === 0)
		privilege = 'sudo';
	return {
		chromiumPathEnv: env.CHROMIUM_PATH || undefined,
		exists,
		playwrightChromium: playwrightChromium(),
		privilege,
		debian
	};
}

/**
 * Runs a command with its output shown, killing its whole process group when the time is up.
 * @param {string[]} argv
 * @param {number} timeoutMs
 * @returns {Promise<string>} how it ended: "ok", or what went wrong
 */
export function run(argv, timeoutMs) {
	return new Promise((resolve) => {
		const [command, ...args] = argv;
		const child = spawn(/** @type {string} */ (command), args, {
			stdio: ['ignore', 'inherit', 'inherit'],
			detached: true
		});
		const timer = setTimeout(() => {
			try {
				process.kill(-(/** @type {number} */ (child.pid)), 'SIGKILL');
			} catch {
				// Already gone.
			}
			resolve(`no answer within ${timeoutMs / 1000} s`);
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			resolve(`could not start (${error.message})`);
		});
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			resolve(code === 0 ? 'ok' : `failed (${signal ?? `exit code ${code}`})`);
		});
	});
}

/** Finds or installs Chromium; with `dryRun`, prints what it would run instead. */
export async function ensureChromium({ dryRun = false } = {}) {
	/** @type {{ name: string, outcome: string }[]} */
	const tried = [];
	for (;;) {
		const step = nextStep(probe(), tried);
		if ('use' in step) {
			console.log(`Browser tests: ${step.found}, ${step.use}`);
			return true;
		}
		if ('fail' in step) {
			console.error(`\n${step.fail}\n`);
			return false;
		}
		const attempt = step.install;
		console.log(`No Chromium found; trying ${attempt.label}…`);
		let outcome = 'ok';
		for (const { argv, timeoutMs } of attempt.commands) {
			if (dryRun) {
				console.log(`  would run (time limit ${timeoutMs / 1000} s): ${argv.join(' ')}`);
				outcome = 'not run (dry run)';
				continue;
			}
			outcome = await run(argv, timeoutMs);
			if (outcome !== 'ok') break;
		}
		if (outcome === 'ok') outcome = 'ran, but left no browser where the tests look';
		tried.push({ name: attempt.name, outcome });
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const dryRun = process.argv.includes('--dry-run');
	const ok = await ensureChromium({ dryRun });
	process.exit(ok || dryRun ? 0 : 1);
}
