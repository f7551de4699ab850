-- AlterTable
ALTER TABLE "OrgUnit" ADD COLUMN     "defaultTemplateId" UUID;

-- CreateTable
CREATE TABLE "ArticleTemplate" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "content" JSONB NOT NULL,
    "builtInKind" "ArticleKind",
    "updatedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleTemplate_organizationId_idx" ON "ArticleTemplate"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleTemplate_organizationId_builtInKind_key" ON "ArticleTemplate"("organizationId", "builtInKind");

-- AddForeignKey
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_defaultTemplateId_fkey" FOREIGN KEY ("defaultTemplateId") REFERENCES "ArticleTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleTemplate" ADD CONSTRAINT "ArticleTemplate_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
