import { sign } from "../domain/signature.js";
import type { CreatedAccount } from "../services/account-service.js";
import { ORIGINAL_PATH } from "../signed-api/routes.js";

/** The address a person types: a wildcard host is shown as this machine. */
export function serverUrl(host: string, port: number): string {
  const shown = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const bracketed = shown.includes(":") ? `[${shown}]` : shown;
  return `http://${bracketed}:${port}`;
}

/**
 * What first start prints once, on the terminal and never through the log:
 * the administrator's secrets and a signed search ready to paste.
 */
export function firstRunBanner(url: string, store: string, created: CreatedAccount): string {
  const { user, password, privateKey } = created.admin;
  const query = `userName=${encodeURIComponent(user.name)}&search=true`;
  const signed = `${query}&publicKey=${sign(query, privateKey)}`;
  return [
    "",
    "Flextory is set up. Keep the password and key somewhere safe: the password is shown",
    `only here, and the key again only by \`flextory user key ${user.name}\`.`,
    "",
    `  URL          ${url}`,
    `  Store        ${store}`,
    `  Account      ${created.account.name}`,
    `  User         ${user.name} (admin)`,
    `  Password     ${password}`,
    `  Private key  ${privateKey}`,
    "",
    "A signed search, ready to paste:",
    "",
    `  curl '${url}${ORIGINAL_PATH}?${signed}'`,
    "",
    "The same, signed by hand with openssl:",
    "",
    `  q='${query}'`,
    `  sig=$(printf '%s' "$q" | openssl dgst -sha512 -hmac '${privateKey}' | sed 's/^.*= //')`,
    `  curl "${url}/api.php?$q&publicKey=$sig"`,
    "",
  ].join("\n");
}

export function listeningBanner(url: string, host: string): string {
  const lines = [`Flextory is listening on ${url}`];
  if (host === "127.0.0.1" || host === "localhost" || host === "::1") {
    lines.push(
      "Only this machine can reach it; to open it to the network, start with --host 0.0.0.0",
    );
  }
  return `${lines.join("\n")}\n`;
}
