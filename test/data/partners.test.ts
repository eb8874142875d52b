import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { organizationsWithProjectCounts, partnersByRole, sortedByName } from '../../src/data/partners.js';
import { collatorFor } from '../../src/data/format.js';
import { resolveText } from '../../src/data/text.js';
import { indexOf, sampleIndex } from './sample.js';

describe('partners', () => {
  it('groups the learning process’s five organisations by role, lead first', () => {
    const index = sampleIndex();
    const groups = partnersByRole(index, index.projectsById.get('larprocess-behovsdrivet-stod')!);
    assert.deepEqual(
      groups.map((g) => [g.role, g.organizations.map((o) => o.id)]),
      [
        ['lead', ['region-skane']],
        ['partner', ['sopact']],
        ['need-owner', ['helsingborgs-stad']],
        ['knowledge-partner', ['lunds-universitet', 'socialhogskolan']],
      ],
    );
  });

  it('skips unknown organisations and shows an organisation once per role', () => {
    const index = indexOf({
      organizations: [{ id: 'a', name: 'A' }],
      projects: [
        {
          id: 'p',
          title: 'P',
          organizations: [
            { id: 'a', role: 'partner' },
            { id: 'a', role: 'partner' },
            { id: 'ghost', role: 'lead' },
            { id: 'a', role: 'funder' },
          ],
        },
      ],
    });
    assert.deepEqual(
      partnersByRole(index, index.feed.projects[0]).map((g) => [g.role, g.organizations.length]),
      [
        ['partner', 1],
        ['funder', 1],
      ],
    );
  });

  it('counts each organisation’s projects once, whatever its roles', () => {
    const counts = new Map(organizationsWithProjectCounts(sampleIndex()).map((o) => [o.organization.id, o.projectCount]));
    assert.equal(counts.get('region-skane'), 2);
    assert.equal(counts.get('lunds-universitet'), 2);
    assert.equal(counts.get('malmo-universitet'), 2);
    assert.equal(counts.get('coompanion-skane'), 1);
    assert.equal(counts.size, sampleIndex().feed.organizations.length);
  });

  it('sorts organisations by name with the language’s collation', () => {
    const index = sampleIndex();
    const sorted = sortedByName(
      organizationsWithProjectCounts(index),
      (o) => resolveText(o.organization.name, 'sv')!.text,
      collatorFor('sv'),
    ).map((o) => resolveText(o.organization.name, 'sv')!.text);
    assert.equal(sorted[0], 'Coompanion Skåne');
    assert.equal(sorted.at(-1), 'Örebro universitet');
    assert.ok(sorted.indexOf('Umeå universitet') < sorted.indexOf('Örebro universitet'));
  });
});
