import type { Db } from '../db/open';
import { speakerKey } from '../quotes/speakerKey';

/** An entity a name refers to, with every spelling and role linked to it. */
export interface EntityAliases {
  entity_id: number;
  name: string;
  kind: 'person' | 'organisation' | 'place';
  /** Spellings and linked roles, the entity's name first. */
  aliases: string[];
  /** Their folded keys (what speaker filters compare). */
  keys: string[];
}

/**
 * The entity a name (any spelling, any script, a linked role) belongs to, with all its aliases —
 * for speaker filters (`quotes --speaker Lawrow` finds "Sergey Lavrov" and a linked "Russian
 * Foreign Minister") and for search's `speaker:`. Null when no entity has that spelling; then
 * callers compare by the folded key alone.
 */
export function aliasesOf(db: Db, name: string): EntityAliases | null {
  const key = speakerKey(name);
  if (!key) return null;
  const entity =
    db
      .prepare<[string], { id: number; name: string; kind: EntityAliases['kind'] }>(
        `SELECT e.id, e.name, e.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
       WHERE a.key = ? ORDER BY e.kind = 'person' DESC, a.source = 'found', e.id LIMIT 1`,
      )
      .get(key) ??
    // A surname alone ("Lawrow") names the person most mentioned with it.
    db
      .prepare<[string], { id: number; name: string; kind: EntityAliases['kind'] }>(
        `SELECT e.id, e.name, e.kind FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
         WHERE e.kind = 'person' AND a.key LIKE '% ' || ? GROUP BY e.id
         ORDER BY (SELECT COUNT(*) FROM entity_mentions m WHERE m.entity_id = e.id) DESC, e.id LIMIT 1`,
      )
      .get(key.replace(/[%_]/g, ''));
  if (!entity) return null;
  const rows = db
    .prepare<[number], { alias: string; key: string }>(
      'SELECT alias, key FROM entity_aliases WHERE entity_id = ? ORDER BY source, alias',
    )
    .all(entity.id);
  const aliases = [entity.name, ...rows.map((row) => row.alias).filter((alias) => alias !== entity.name)];
  const keys = [...new Set([speakerKey(entity.name), ...rows.map((row) => row.key)])];
  return { entity_id: entity.id, name: entity.name, kind: entity.kind, aliases, keys };
}

/** The folded keys a speaker filter should accept for `name`: its entity's, or its own. */
export function speakerKeysFor(db: Db, name: string): string[] {
  return aliasesOf(db, name)?.keys ?? [speakerKey(name)];
}
