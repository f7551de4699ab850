/**
 * A real OpenID Connect provider for sign-on tests: `oidc-provider` (the
 * certified Node implementation) on a free port of 127.0.0.1 with one client
 * and a few accounts. Its development login form (any password) and consent
 * screen are the interaction a browser goes through; the ID token carries
 * email, email_verified, name and groups, as Keycloak does with its mappers.
 */
import Provider from "oidc-provider";
import type { Server } from "node:http";
import { freePort } from "../../../scripts/stack/ports";

export interface IdentityAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
  groups: string[];
}

export async function startOidcProvider(options: {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  accounts: IdentityAccount[];
}) {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map(options.accounts.map((account) => [account.sub, account]));
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    async findAccount(_context, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: account.emailVerified, name: account.name, groups: account.groups };
        },
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    scopes: ["openid", "email", "profile", "groups"],
    // Claims of the requested scopes go into the ID token as well (Keycloak's "Add to ID token").
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ["digicheck-test-idp-cookie-key-0123456789"] },
    features: { devInteractions: { enabled: true } },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(port, "127.0.0.1", () => resolve(listening));
  });
  return {
    issuer,
    /** Adds an account after start (the provider reads the map on every sign-in). */
    addAccount(account: IdentityAccount) {
      accounts.set(account.sub, account);
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
