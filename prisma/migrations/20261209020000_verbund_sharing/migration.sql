-- Shared instructions of the Verbund (snapshot copies) and their adoption as drafts.

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'VERBUND_UPDATE';

-- CreateEnum
CREATE TYPE "SharedInstructionStatus" AS ENUM ('PROPOSED', 'SHARED', 'SUPERSEDED', 'WITHDRAWN', 'REJECTED');

-- CreateEnum
CREATE TYPE "InstructionLicence" AS ENUM ('CC_BY_4_0', 'DL_DE_BY_2_0');

-- CreateTable
CREATE TABLE "SharedInstruction" (
    "id" UUID NOT NULL,
    "lineageId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "SharedInstructionStatus" NOT NULL DEFAULT 'PROPOSED',
    "catalogTaskId" UUID NOT NULL,
    "sourceOrganizationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "contentText" TEXT NOT NULL,
    "contentHtml" TEXT NOT NULL,
    "licence" "InstructionLicence" NOT NULL,
    "attribution" TEXT NOT NULL,
    "contactRole" TEXT NOT NULL,
    "proposedById" UUID,
    "decidedById" UUID,
    "proposedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sharedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "SharedInstruction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdoptedInstruction" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "lineageId" UUID NOT NULL,
    "sharedInstructionId" UUID,
    "adoptedVersion" INTEGER NOT NULL,
    "adoptedText" TEXT NOT NULL,
    "adoptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdoptedInstruction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SharedInstruction_lineageId_version_key" ON "SharedInstruction"("lineageId", "version");
CREATE INDEX "SharedInstruction_catalogTaskId_status_idx" ON "SharedInstruction"("catalogTaskId", "status");
CREATE INDEX "SharedInstruction_sourceOrganizationId_status_idx" ON "SharedInstruction"("sourceOrganizationId", "status");
CREATE UNIQUE INDEX "AdoptedInstruction_articleId_key" ON "AdoptedInstruction"("articleId");
CREATE INDEX "AdoptedInstruction_lineageId_idx" ON "AdoptedInstruction"("lineageId");
CREATE INDEX "AdoptedInstruction_organizationId_idx" ON "AdoptedInstruction"("organizationId");

-- AddForeignKey
ALTER TABLE "SharedInstruction" ADD CONSTRAINT "SharedInstruction_catalogTaskId_fkey" FOREIGN KEY ("catalogTaskId") REFERENCES "CatalogTask"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SharedInstruction" ADD CONSTRAINT "SharedInstruction_sourceOrganizationId_fkey" FOREIGN KEY ("sourceOrganizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AdoptedInstruction" ADD CONSTRAINT "AdoptedInstruction_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AdoptedInstruction" ADD CONSTRAINT "AdoptedInstruction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AdoptedInstruction" ADD CONSTRAINT "AdoptedInstruction_sharedInstructionId_fkey" FOREIGN KEY ("sharedInstructionId") REFERENCES "SharedInstruction"("id") ON DELETE SET NULL ON UPDATE CASCADE;
