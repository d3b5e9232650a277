/**
 * The signed API's short alias (ALIAS_PATH in src/signed-api/routes.ts). It
 * answers an error with the error's own status, so a failed read is counted;
 * the bare server answers on the same path, so both parse the same request.
 */
export const API_PATH = "/api.php";
