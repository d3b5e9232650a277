/** Option texts that several commands share, so their help reads the same. */
export const ACCOUNT_OPTION_HELP = "the account (default: the first administrator's)";
/** For commands that find a user by name alone, since user names are unique across the server. */
export const USER_ACCOUNT_OPTION_HELP = "check that the user is in this account";
export const ROLE_OPTION_HELP = "admin, editor or read-only";
export const KEY_OPTION_HELP = "keep this private key (16 characters or more) instead of a new one";
