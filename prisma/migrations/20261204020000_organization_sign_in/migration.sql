-- AlterTable
ALTER TABLE "User" ADD COLUMN     "signInMethod" TEXT;

-- CreateTable
CREATE TABLE "OrganizationSignIn" (
    "organizationId" UUID NOT NULL,
    "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "localPasswordsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "breakGlassUserId" UUID,
    "ldapEnabled" BOOLEAN NOT NULL DEFAULT false,
    "ldapUrl" TEXT,
    "ldapStartTls" BOOLEAN NOT NULL DEFAULT false,
    "ldapBindDn" TEXT,
    "ldapBindPasswordEnc" TEXT,
    "ldapUserBase" TEXT,
    "ldapUserFilter" TEXT NOT NULL DEFAULT '(mail={{email}})',
    "ldapGroupBase" TEXT,
    "ldapGroupRoles" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationSignIn_pkey" PRIMARY KEY ("organizationId")
);

-- AddForeignKey
ALTER TABLE "OrganizationSignIn" ADD CONSTRAINT "OrganizationSignIn_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
