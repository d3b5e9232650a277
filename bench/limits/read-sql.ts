/**
 * The SQL that Flextory's store runs for a read, written out by hand from
 * src/store/*-store.ts, so that the store's limit is the database's own
 * speed on the same statements, without the query builder or the server.
 * Both databases run the same text; PostgreSQL numbers the `?` (see
 * postgres/numbered.ts).
 */

export const USER_BY_NAME = `select users.*, accounts.suspended as account_suspended
  from users inner join accounts on accounts.id = users.account_id where users.name = ?`;

export const ID_BY_BARCODE = "select id from items where account_id = ? and barcode = ?";

export const TYPE_BY_NAME =
  "select id, name from item_types where account_id = ? and name_folded = ?";

/** Items with their type and category names; `count` ids. */
export function itemRowsSql(count: number): string {
  return `select items.*, t.name as type_name, c.name as category_name from items
    left join item_types as t on t.account_id = items.account_id and t.id = items.type_id
    left join categories as c on c.account_id = items.account_id and c.id = items.category_id
    where items.account_id = ? and items.id in (${marks(count)}) order by items.id`;
}

export function attributesSql(count: number): string {
  return `select item_id, position, title, title_folded, value, value_folded from attributes
    where account_id = ? and item_id in (${marks(count)}) order by item_id, position`;
}

export function linksSql(count: number): string {
  return `select item_id, linked_id from links
    where account_id = ? and item_id in (${marks(count)}) order by item_id, linked_id`;
}

/** A search's condition and its values, as ItemStore builds them. */
export interface Condition {
  sql: string;
  values: unknown[];
}

export function countSql(where: Condition): Condition {
  return { sql: `select count(*) as total from items where ${where.sql}`, values: where.values };
}

/** One page of ids: after an id, or past `offset` rows. */
export function pageSql(
  where: Condition,
  limit: number,
  page: { offset?: number; afterId?: number },
): Condition {
  if (page.afterId !== undefined) {
    const sql = `select id from items where ${where.sql} and id > ? order by id limit ?`;
    return { sql, values: [...where.values, page.afterId, limit] };
  }
  if (page.offset !== undefined && page.offset > 0) {
    const sql = `select id from items where ${where.sql} order by id limit ? offset ?`;
    return { sql, values: [...where.values, limit, page.offset] };
  }
  return {
    sql: `select id from items where ${where.sql} order by id limit ?`,
    values: [...where.values, limit],
  };
}

function marks(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}
