-- AlterTable
ALTER TABLE "OrganizationSignIn" ADD COLUMN     "ldapCaCert" TEXT,
ADD COLUMN     "oidcEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "oidcIssuer" TEXT,
ADD COLUMN     "oidcClientId" TEXT,
ADD COLUMN     "oidcClientSecretEnc" TEXT,
ADD COLUMN     "oidcScopes" TEXT NOT NULL DEFAULT 'openid email profile',
ADD COLUMN     "oidcGroupsClaim" TEXT NOT NULL DEFAULT 'groups',
ADD COLUMN     "oidcGroupRoles" JSONB NOT NULL DEFAULT '[]';
