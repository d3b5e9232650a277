/**
 * The three statements of the store's limit for an export: every item,
 * attribute and link of the account, in order. Both databases run this text;
 * PostgreSQL numbers the `?`.
 */
export const ALL_ITEMS = `select items.*, t.name as type_name, c.name as category_name from items
  left join item_types as t on t.account_id = items.account_id and t.id = items.type_id
  left join categories as c on c.account_id = items.account_id and c.id = items.category_id
  where items.account_id = ? order by items.id`;
export const ALL_ATTRIBUTES = `select item_id, position, title, value from attributes
  where account_id = ? order by item_id, position`;
export const ALL_LINKS = `select item_id, linked_id from links
  where account_id = ? order by item_id, linked_id`;
