import { entityClashes, entityKey } from '../compute/entities.js';
import { type Issue, issue } from '../model/issues.js';
import type { PlanEntity } from '../model/plan.js';
import type { CellReader } from './coerce.js';
import type { TableRow } from './table.js';
import type { ENTITY_COLUMNS } from './vocabulary.js';

/** Several aliases in one cell: `DR de Kayes; Direction régionale de Kayes` (or `|`). */
export function splitAliases(text: string | undefined | null): string[] {
  if (!text) return [];
  return text
    .split(/[;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The plan's `Entités` sheet: one row per reporting entity — its name, the other names it is
 * written under (`Alias`, separated by `;` or `|`), optionally its type and region. A name given
 * twice, or an alias that is already another entity's name or alias, is a `duplicate-code` error
 * at its cell: a name must lead to one entity.
 */
export function readEntities(
  rows: readonly TableRow<keyof typeof ENTITY_COLUMNS>[],
  cells: CellReader,
  report: (i: Issue) => void,
): PlanEntity[] {
  const entities: PlanEntity[] = [];
  const aliasCells = new Map<PlanEntity, string | undefined>();
  for (const row of rows) {
    const f = row.fields;
    const name = cells.text(f.name);
    if (!name) continue;
    const cell = f.name?.address ?? `A${row.row}`;
    if (entities.some((e) => entityKey(e.name) === entityKey(name))) {
      report(issue('duplicate-code', 'error', { ...cells.at, cell }, { code: name }, name));
      continue;
    }
    const entity: PlanEntity = {
      name,
      aliases: splitAliases(cells.text(f.aliases)),
      type: cells.text(f.type) ?? null,
      region: cells.text(f.region) ?? null,
      at: { ...cells.at, cell },
    };
    aliasCells.set(entity, f.aliases?.address);
    entities.push(entity);
  }
  for (const clash of entityClashes(entities)) {
    const entity = entities.find((e) => e.name === clash.entity) as PlanEntity;
    const cell = clash.index === 'name' ? entity.at?.cell : (aliasCells.get(entity) ?? entity.at?.cell);
    report(
      issue(
        'duplicate-code',
        'error',
        { ...cells.at, cell },
        { code: clash.name, entity: clash.other },
        clash.name,
      ),
    );
  }
  return entities;
}
