-- CreateEnum
CREATE TYPE "GapReportStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "SearchSynonymGroup" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "terms" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SearchSynonymGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZeroResultQuery" (
    "organizationId" UUID NOT NULL,
    "query" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ZeroResultQuery_pkey" PRIMARY KEY ("organizationId","query")
);

-- CreateTable
CREATE TABLE "KnowledgeGapReport" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "query" TEXT,
    "description" TEXT NOT NULL,
    "orgUnitId" UUID,
    "createdById" UUID,
    "status" "GapReportStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeGapReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SearchSynonymGroup_organizationId_idx" ON "SearchSynonymGroup"("organizationId");

-- CreateIndex
CREATE INDEX "KnowledgeGapReport_organizationId_status_idx" ON "KnowledgeGapReport"("organizationId", "status");

-- AddForeignKey
ALTER TABLE "SearchSynonymGroup" ADD CONSTRAINT "SearchSynonymGroup_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZeroResultQuery" ADD CONSTRAINT "ZeroResultQuery_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeGapReport" ADD CONSTRAINT "KnowledgeGapReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeGapReport" ADD CONSTRAINT "KnowledgeGapReport_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KnowledgeGapReport" ADD CONSTRAINT "KnowledgeGapReport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Full-text fallback when Meilisearch is down (German configuration); not expressible in schema.prisma.
CREATE INDEX "Article_fulltext_german_idx" ON "Article" USING GIN (to_tsvector('german', "title" || ' ' || "contentText"));
