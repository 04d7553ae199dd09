/**
 * Which step `npm test` takes to get its browser, given what the machine has
 * (scripts/ensure-chromium.js). The order matters to a reader on a fresh machine: what they have is
 * used, nothing is installed that is not needed, and a dead end says what to run.
 */
import { describe, expect, it } from 'vitest';
import { nextStep, run, type Facts } from '../../scripts/ensure-chromium.js';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

/** A machine with the given executables and nothing else. */
function machine(files: string[], more: Partial<Facts> = {}): Facts {
	return {
		chromiumPathEnv: undefined,
		exists: (path) => files.includes(path),
		playwrightChromium: PLAYWRIGHT,
		privilege: 'root',
		debian: true,
		...more
	};
}

const playwrightFailed = { name: 'playwright', outcome: 'failed (exit code 1)' };
const aptFailed = { name: 'apt', outcome: 'no answer within 180 s' };

describe('finding the tests’ browser', () => {
	it('uses CHROMIUM_PATH first, even when the system has its own', () => {
		const facts = machine(['/opt/chrome', '/usr/bin/chromium'], { chromiumPathEnv: '/opt/chrome' });
		expect(nextStep(facts)).toEqual({ use: '/opt/chrome', found: 'CHROMIUM_PATH' });
	});

	it('stops on a CHROMIUM_PATH that points at nothing rather than installing another', () => {
		const step = nextStep(machine(['/usr/bin/chromium'], { chromiumPathEnv: '/opt/none' }));
		expect(step).toHaveProperty('fail', expect.stringContaining('/opt/none'));
	});

	it('uses Debian’s chromium before Playwright’s', () => {
		const step = nextStep(machine(['/usr/bin/chromium', PLAYWRIGHT]));
		expect(step).toMatchObject({ use: '/usr/bin/chromium' });
	});

	it('uses the Chromium Playwright installed when there is no other', () => {
		expect(nextStep(machine([PLAYWRIGHT]))).toMatchObject({ use: PLAYWRIGHT });
	});

	it('tries Playwright’s download first on a fresh machine', () => {
		const step = nextStep(machine([]));
		expect(step).toMatchObject({ install: { name: 'playwright' } });
		if (!('install' in step)) throw new Error('no install');
		expect(step.install.commands.map((c) => c.argv.join(' '))).toEqual([
			'npx playwright install chromium'
		]);
	});

	it('then apt-get, as root, with a time limit on every command', () => {
		const step = nextStep(machine([]), [playwrightFailed]);
		if (!('install' in step)) throw new Error(`expected an install, got ${JSON.stringify(step)}`);
		expect(step.install.commands.map((c) => c.argv.join(' '))).toEqual([
			'env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
			'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core'
		]);
		for (const command of step.install.commands) expect(command.timeoutMs).toBeGreaterThan(0);
	});

	it('uses sudo without a password prompt when not root', () => {
		const step = nextStep(machine([], { privilege: 'sudo' }), [playwrightFailed]);
		if (!('install' in step)) throw new Error('no install');
		for (const command of step.install.commands)
			expect(command.argv.slice(0, 2)).toEqual(['sudo', '-n']);
	});

	it('never tries apt-get without the right to, or off Debian', () => {
		for (const facts of [machine([], { privilege: 'none' }), machine([], { debian: false })]) {
			const step = nextStep(facts, [playwrightFailed]);
			expect(step).toHaveProperty('fail');
		}
	});

	it('stops with what it tried and the one command to run', () => {
		const step = nextStep(machine([]), [playwrightFailed, aptFailed]);
		if (!('fail' in step)) throw new Error('expected to stop');
		expect(step.fail).toContain('npx playwright install chromium: failed (exit code 1)');
		expect(step.fail).toContain(
			'apt-get install chromium fonts-dejavu-core: no answer within 180 s'
		);
		expect(step.fail).toContain(
			'apt-get install -y --no-install-recommends chromium fonts-dejavu-core'
		);
	});

	it('off Debian, says to let Playwright install the browser and what it needs', () => {
		const step = nextStep(machine([], { debian: false, privilege: 'none' }), [playwrightFailed]);
		if (!('fail' in step)) throw new Error('expected to stop');
		expect(step.fail).toContain('apt-get: not a Debian or Ubuntu machine');
		expect(step.fail).toContain('npx playwright install --with-deps chromium');
	});

	it('uses a browser an install left, once it is there', () => {
		expect(nextStep(machine(['/usr/bin/chromium']), [playwrightFailed])).toMatchObject({
			use: '/usr/bin/chromium'
		});
	});
});

describe('an install attempt', () => {
	it('gives up when its time is up, children and all, instead of hanging', async () => {
		const started = Date.now();
		const outcome = await run(['sh', '-c', 'sleep 30 & sleep 30'], 300);
		expect(outcome).toBe('no answer within 0.3 s');
		expect(Date.now() - started).toBeLessThan(5_000);
	});

	it('reports a command that fails, and one that cannot start', async () => {
		expect(await run(['sh', '-c', 'exit 3'], 5_000)).toBe('failed (exit code 3)');
		expect(await run(['/no/such/installer'], 5_000)).toMatch(/^could not start/);
		expect(await run(['true'], 5_000)).toBe('ok');
	});
});
