import { describe, expect, it } from 'vitest';
import { shownPaths } from '../../src/report/paths.js';

describe('paths as the report shows them', () => {
  it('shows a path under the folder ponam ran in relative to it, and keeps relative paths', () => {
    const p = shownPaths(['/home/awa/suivi/plan.xlsx', 'data/Kayes.xlsx'], '/home/awa/suivi');
    expect(p.shown('/home/awa/suivi/plan.xlsx')).toBe('plan.xlsx');
    expect(p.shown('data/Kayes.xlsx')).toBe('data/Kayes.xlsx');
    expect(p.shown('data\\OIM.xlsx')).toBe('data/OIM.xlsx');
  });

  it('shows sources outside it from their common folder, its name included; other files by folder and name', () => {
    const p = shownPaths(
      [
        '/usr/lib/node_modules/ponam/fixtures/demo/plan.xlsx',
        '/usr/lib/node_modules/ponam/fixtures/demo/data/K.xlsx',
      ],
      '/home/awa',
      ['/srv/rapports/2022-T3/report.json'],
    );
    expect(p.shown('/usr/lib/node_modules/ponam/fixtures/demo/data/K.xlsx')).toBe('demo/data/K.xlsx');
    expect(p.folder).toBe('demo/');
    expect(p.inBody('/usr/lib/node_modules/ponam/fixtures/demo/data/K.xlsx')).toBe('data/K.xlsx');
    expect(p.shown('/srv/rapports/2022-T3/report.json')).toBe('2022-T3/report.json');
    expect(shownPaths(['/opt/x/plan.xlsx'], '/home/awa').shown('/opt/x/plan.xlsx')).toBe('x/plan.xlsx');
  });

  it('replaces every known absolute path in a message, the longest first', () => {
    const p = shownPaths(['/d/suivi/data/K.xlsx', '/d/suivi/data/K.xlsx.bak'], '/home/awa');
    expect(p.text('même valeur qu’en /d/suivi/data/K.xlsx › Valeurs › C2 et /d/suivi/data/K.xlsx.bak')).toBe(
      'même valeur qu’en data/K.xlsx › Valeurs › C2 et data/K.xlsx.bak',
    );
  });
});
