import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseSearchQuery } from '../../src/shared/search/parseSearchQuery';
import type { QueryNode } from '../../src/shared/search/searchQuery';

/** The tree in a compact notation a reader can check by eye: and(…), or(…), -x, near/5(…), "exact". */
function show(node: QueryNode | null): string {
  if (!node) return '∅';
  switch (node.kind) {
    case 'term': {
      const words = node.words.join(' ') + (node.prefix ? '*' : '');
      return node.exact ? `"${words}"` : words;
    }
    case 'not':
      return '-' + show(node.child);
    case 'near':
      return `near/${node.distance}(${node.terms.map(show).join(', ')})`;
    default:
      return `${node.kind}(${node.children.map(show).join(', ')})`;
  }
}

const ok = (query: string) => {
  const parsed = parseSearchQuery(query);
  assert.deepEqual(parsed.errors, [], `${query}: ${JSON.stringify(parsed.errors)}`);
  return parsed;
};
const firstError = (query: string) => {
  const error = parseSearchQuery(query).errors[0];
  assert.ok(error, `${query} should be refused`);
  return { ...error, text: query.slice(error.start, error.end) };
};

describe('the search language', () => {
  test('words, phrases, OR, exclusion, prefix, groups and NEAR build the expected tree', () => {
    assert.equal(show(ok('Lavrov Blinken').text), 'and(lavrov, blinken)');
    assert.equal(show(ok('"Sergej Lawrow"').text), '"sergey lavrov"');
    assert.equal(show(ok('Lavrov OR Lawrow Blinken').text), 'or(lavrov, and(lavrov, blinken))');
    assert.equal(show(ok('(Lavrov OR Blinken) -Putin').text), 'and(or(lavrov, blinken), -putin)');
    assert.equal(show(ok('sanction*').text), 'sanction*');
    assert.equal(show(ok('"grain corr"*').text), '"grain corr*"');
    assert.equal(show(ok('Lavrov NEAR/5 Blinken').text), 'near/5(lavrov, blinken)');
    assert.equal(show(ok('Lavrov NEAR Blinken NEAR Shoigu').text), 'near/10(lavrov, blinken, shoigu)');
    assert.equal(show(ok('Lavrov NOT Putin').text), 'and(lavrov, -putin)');
    assert.equal(show(ok('Lavrov AND Putin').text), 'and(lavrov, putin)');
    // A filter beside words holds for the whole search, even on one side of OR.
    const mixed = ok('"Sergey Lavrov" OR Lawrow lang:en');
    assert.equal(show(mixed.text), 'or("sergey lavrov", lavrov)');
    assert.deepEqual(
      mixed.filters.map((f) => f.value),
      ['en'],
    );
  });

  test('filters are read apart from the words, with their values', () => {
    const parsed = ok(
      'Lavrov lang:de,EN source:"Die Zeit" -author:Smith tag:Actors/Russia speaker:Lawrow has:quote in:title',
    );
    assert.equal(show(parsed.text), 'lavrov');
    assert.deepEqual(
      parsed.filters.map((f) => [f.field, f.values, f.negated]),
      [
        ['lang', ['de', 'en'], false],
        ['source', ['Die Zeit'], false],
        ['author', ['Smith'], true],
        ['tag', ['Actors/Russia'], false],
        ['speaker', ['Lawrow'], false],
        ['has', ['quote'], false],
        ['in', ['title'], false],
      ],
    );
    assert.equal(ok('lang:de').text, null, 'a search may be filters only');
  });

  test('partial dates become whole periods; open ranges have one end', () => {
    const range = (query: string) => {
      const filter = ok(query).filters[0]!;
      return [filter.from, filter.until];
    };
    assert.deepEqual(range('date:2022-06..2022-08'), ['2022-06', '2022-08~']);
    assert.deepEqual(range('date:2022-06'), ['2022-06', '2022-06~']);
    assert.deepEqual(range('date:..2022'), [undefined, '2022~']);
    assert.deepEqual(range('date:2022-06-27..'), ['2022-06-27', undefined]);
    // Sorting as text, the bounds put dates of the period inside and others outside.
    const [from, until] = range('date:2022-06..2022-08') as [string, string];
    for (const inside of ['2022-06', '2022-06-01', '2022-07-15', '2022-08-31'])
      assert.ok(inside >= from && inside + '~' <= until, inside);
    for (const outside of ['2022-05-31', '2022-09-01', '2022'])
      assert.ok(!(outside >= from && outside + '~' <= until), outside);
  });

  test('mistakes are reported with their place in the query', () => {
    assert.deepEqual(
      [firstError('"unclosed phrase').text, firstError('"unclosed phrase').message],
      ['"unclosed phrase', 'This phrase has no closing quote "'],
    );
    assert.equal(firstError('(Lavrov OR Blinken').text, '(');
    assert.equal(firstError('Lavrov)').text, ')');
    assert.equal(firstError('Lavrov OR').text, 'OR');
    assert.equal(firstError('OR Lavrov').text, 'OR');
    assert.equal(firstError('NEAR(').text, 'NEAR');
    assert.equal(firstError('Lavrov NEAR/3').text, 'NEAR/3');
    assert.equal(
      firstError('lang:german').message,
      '"german" is not a language code; write lang:de or lang:en,de',
    );
    assert.match(firstError('date:2022-13').message, /"2022-13" is not a date/);
    assert.match(firstError('date:2022-08..2022-06').message, /starts \(2022-08\) after it ends \(2022-06\)/);
    assert.match(firstError('lnag:de Lavrov').message, /There is no filter "lnag:"/);
    assert.equal(firstError('lnag:de Lavrov').text, 'lnag:');
    assert.match(firstError('has:video').message, /has: takes quote or passage/);
    assert.match(firstError('source:').message, /source: needs a value/);
    assert.match(firstError('lang:de OR lang:en').message, /cannot be OR-ed; list values with commas/);
    assert.match(firstError('(Lavrov lang:de)').message, /outside parentheses/);
    assert.match(firstError('Lavrov OR -Putin').message, /cannot be one side of OR/);
    assert.match(firstError('-Putin').message, /only excludes words/);
    assert.match(firstError('   ').message, /Type a word/);
  });

  test('an exclusion with a filter is a search of its own', () => {
    const parsed = ok('lang:de -Putin');
    assert.equal(show(parsed.text), '-putin');
  });

  test('times and words with colons stay words', () => {
    assert.equal(show(ok('10:30').text), '"10 30"'.replace(/"/g, ''));
  });
});
