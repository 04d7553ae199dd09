import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const index = parse(readFileSync('content/sources/sources.yaml', 'utf8')) as {
	id: string;
	file: string;
	seedFile: string;
}[];
const seeds = join('..', 'shared', 'seeds');

describe('the source corpus', () => {
	it('holds the five articles', () => {
		expect(index).toHaveLength(5);
	});

	it.skipIf(!existsSync(seeds))('is a byte-for-byte copy of the seed files', () => {
		for (const source of index) {
			const copy = readFileSync(join('content', 'sources', source.file));
			const seed = readFileSync(join(seeds, source.seedFile));
			expect(copy.equals(seed), source.file).toBe(true);
		}
	});
});
