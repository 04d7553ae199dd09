import { describe, expect, it } from 'vitest';
import { LAYING_OUT_ATTRIBUTE, layOutAhead, type LayOutAheadHost } from './lay-out-ahead';

/** A section: only the attribute the module sets. */
class FakeSection {
	laidOut = false;
	constructor(readonly name: string) {}
	setAttribute(name: string) {
		if (name === LAYING_OUT_ATTRIBUTE) this.laidOut = true;
	}
	removeAttribute(name: string) {
		if (name === LAYING_OUT_ATTRIBUTE) this.laidOut = false;
	}
}

/** Idle moments and frames that run when the test says so. */
class FakeHost implements LayOutAheadHost {
	queue: { kind: 'idle' | 'frame'; task: () => void }[] = [];
	idle(task: () => void) {
		return this.#add('idle', task);
	}
	afterFrame(task: () => void) {
		return this.#add('frame', task);
	}
	/** Runs what is waiting; returns its kind. */
	run() {
		const next = this.queue.shift();
		next?.task();
		return next?.kind;
	}
	#add(kind: 'idle' | 'frame', task: () => void) {
		const entry = { kind, task };
		this.queue.push(entry);
		return () => {
			this.queue = this.queue.filter((e) => e !== entry);
		};
	}
}

const sectionsOf = (...names: string[]) => names.map((n) => new FakeSection(n));
const laidOut = (sections: FakeSection[]) => sections.filter((s) => s.laidOut).map((s) => s.name);

describe('laying the chapters out ahead', () => {
	it('lays out each chapter in turn, one frame each, in idle moments, and lets each go after its frame', () => {
		const sections = sectionsOf('khojaly', 'aghdam', 'shusha');
		const host = new FakeHost();
		const layingOut = layOutAhead(sections as unknown as Element[], host);
		expect(host.queue).toEqual([]); // nothing before it is started
		layingOut.start();
		layingOut.start(); // started once only
		expect(laidOut(sections)).toEqual([]); // nothing before the browser is idle
		const seen: string[][] = [];
		while (host.queue.length) {
			const kind = host.run();
			if (kind === 'idle') seen.push(laidOut(sections));
		}
		expect(seen).toEqual([['khojaly'], ['aghdam'], ['shusha']]);
		expect(laidOut(sections)).toEqual([]);
	});

	it('stopped in the middle, lets the chapter being laid out go and lays out no other', () => {
		const sections = sectionsOf('khojaly', 'aghdam', 'shusha');
		const host = new FakeHost();
		const layingOut = layOutAhead(sections as unknown as Element[], host);
		layingOut.start();
		host.run(); // khojaly laid out, its frame waiting
		layingOut.stop();
		expect(laidOut(sections)).toEqual([]);
		expect(host.queue).toEqual([]);
	});

	it('finishing lays out every chapter not laid out yet at once, for one frame', () => {
		const sections = sectionsOf('khojaly', 'aghdam', 'shusha', 'baku');
		const host = new FakeHost();
		const layingOut = layOutAhead(sections as unknown as Element[], host);
		layingOut.start();
		host.run(); // khojaly laid out
		host.run(); // its frame drawn: let go
		host.run(); // aghdam laid out, its frame waiting
		layingOut.finish(); // a jump
		expect(laidOut(sections)).toEqual(['aghdam', 'shusha', 'baku']);
		expect(host.queue.map((e) => e.kind)).toEqual(['frame']);
		host.run();
		expect(laidOut(sections)).toEqual([]);
		expect(host.queue).toEqual([]);
		layingOut.finish(); // nothing left to lay out
		expect(host.queue).toEqual([]);
	});

	it('finishing before it is started lays out every chapter, and starting then adds nothing', () => {
		const sections = sectionsOf('khojaly', 'aghdam');
		const host = new FakeHost();
		const layingOut = layOutAhead(sections as unknown as Element[], host);
		layingOut.finish(); // a jump as the page has loaded
		expect(laidOut(sections)).toEqual(['khojaly', 'aghdam']);
		layingOut.start(); // the live map drawn
		expect(host.queue.map((e) => e.kind)).toEqual(['frame']);
		host.run();
		expect(laidOut(sections)).toEqual([]);
		expect(host.queue).toEqual([]);
	});
});
