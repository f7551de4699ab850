-- Wissens-Check: 15 target fields per organisational unit and a three-year plan of measures.

-- CreateEnum
CREATE TYPE "KnowledgeCheckStatus" AS ENUM ('DRAFT', 'COMPLETED');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE');

-- CreateTable
CREATE TABLE "KnowledgeCheck" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "status" "KnowledgeCheckStatus" NOT NULL DEFAULT 'DRAFT',
    "ratings" JSONB NOT NULL,
    "startedById" UUID,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "KnowledgeCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KnowledgeCheckMeasure" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "checkId" UUID NOT NULL,
    "fieldKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "responsibleRole" TEXT NOT NULL,
    "targetQuarter" TEXT NOT NULL,
    "status" "MeasureStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgeCheckMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KnowledgeCheck_organizationId_orgUnitId_status_idx" ON "KnowledgeCheck"("organizationId", "orgUnitId", "status");
CREATE INDEX "KnowledgeCheckMeasure_checkId_idx" ON "KnowledgeCheckMeasure"("checkId");

-- AddForeignKey
ALTER TABLE "KnowledgeCheck" ADD CONSTRAINT "KnowledgeCheck_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KnowledgeCheck" ADD CONSTRAINT "KnowledgeCheck_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KnowledgeCheckMeasure" ADD CONSTRAINT "KnowledgeCheckMeasure_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "KnowledgeCheckMeasure" ADD CONSTRAINT "KnowledgeCheckMeasure_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "KnowledgeCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
