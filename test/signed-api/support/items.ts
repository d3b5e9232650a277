import type { TestServer } from "../../support/test-server.js";
import type { ApiUser } from "./accounts.js";
import { type Answer, call, type ItemJson } from "./http.js";

/** A date long past, set under an item so that a change visibly moves it. */
export const LONG_AGO = "2012-03-09 10:28:29";

/** Runs a signed request as `user`; `query` is everything after `userName=…&`. */
export function ask(
  server: TestServer,
  user: ApiUser,
  query: string,
  options: Parameters<typeof call>[3] = {},
): Promise<Answer> {
  const userName = `userName=${encodeURIComponent(user.name)}`;
  return call(server, user.key, query === "" ? userName : `${userName}&${query}`, options);
}

/** Makes an item through the API and returns it; `fields` follow `newItem=true&`. */
export async function makeItem(
  server: TestServer,
  user: ApiUser,
  fields: string,
): Promise<ItemJson> {
  const answer = await ask(server, user, `newItem=true&${fields}`);
  const item = answer.body.items?.[0];
  if (answer.body.success !== "true" || item === undefined) {
    throw new Error(`newItem with ${fields} failed: ${answer.text}`);
  }
  return item;
}

/** The item as the API shows it now. */
export async function fetchItem(server: TestServer, user: ApiUser, id: number): Promise<ItemJson> {
  const answer = await ask(server, user, `id=${id}`);
  const item = answer.body.items?.[0];
  if (item === undefined) throw new Error(`item ${id} could not be read: ${answer.text}`);
  return item;
}

/** Sets an item's modification date in the store, so that tests never wait for the clock. */
export async function backdate(server: TestServer, user: ApiUser, ...ids: number[]): Promise<void> {
  for (const id of ids) {
    await server.store.items.update(user.accountId, id, { date_modified: LONG_AGO });
  }
}

/** Ids of the items of an answer, in the order given. */
export function idsOf(answer: Answer): number[] {
  return (answer.body.items ?? []).map((item) => item.id);
}

/** `name[]=a&name[]=b`, each value escaped as a form would. */
export function listParam(name: string, values: readonly string[]): string {
  return values.map((value) => `${name}[]=${encodeURIComponent(value)}`).join("&");
}
