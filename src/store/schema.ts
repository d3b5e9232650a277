import type { Generated } from "kysely";

/** Flags are stored as 0 or 1 in every dialect. */
export type Flag = 0 | 1;

export type Role = "admin" | "editor" | "read-only";

export const ROLES: readonly Role[] = ["admin", "editor", "read-only"];

export interface AccountTable {
  id: Generated<number>;
  name: string;
  name_folded: string;
  suspended: Flag;
  created_at: string;
}

/** The one server-wide table: a user name says which account a request acts on. */
export interface UserTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  name_folded: string;
  password_hash: string;
  role: Role;
  private_key: string;
  disabled: Flag;
  created_at: string;
}

/** Item types and categories share one shape. */
export interface CatalogTable {
  account_id: number;
  id: Generated<number>;
  name: string;
  name_folded: string;
}

export interface ItemTable {
  account_id: number;
  id: Generated<number>;
  name: string;
  name_folded: string;
  barcode: string | null;
  type_id: number | null;
  category_id: number | null;
  date_added: string;
  date_modified: string;
  version: number;
}

export interface AttributeTable {
  id: Generated<number>;
  account_id: number;
  item_id: number;
  position: number;
  title: string;
  title_folded: string;
  value: string;
  value_folded: string;
}

/** Each link is stored in both directions, so either item lists the other cheaply. */
export interface LinkTable {
  account_id: number;
  item_id: number;
  linked_id: number;
}

export interface Database {
  accounts: AccountTable;
  users: UserTable;
  item_types: CatalogTable;
  categories: CatalogTable;
  items: ItemTable;
  attributes: AttributeTable;
  links: LinkTable;
}

export type CatalogKind = "item_types" | "categories";

/** Every table, parents before the tables that refer to them. */
export const TABLES = [
  "accounts",
  "users",
  "item_types",
  "categories",
  "items",
  "attributes",
  "links",
] as const satisfies ReadonlyArray<keyof Database>;

export type TableName = (typeof TABLES)[number];

/** The tables whose `id` the database hands out itself. */
export const NUMBERED_TABLES = [
  "accounts",
  "users",
  "item_types",
  "categories",
  "items",
  "attributes",
] as const satisfies readonly TableName[];
