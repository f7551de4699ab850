-- CreateEnum
CREATE TYPE "HandoverItemStatus" AS ENUM ('OPEN', 'DOCUMENTED', 'DISCUSSED', 'TAKEN_OVER');

-- CreateEnum
CREATE TYPE "OnboardingItemKind" AS ENUM ('TASK', 'ARTICLE', 'CONTACT');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "leadsSeeOnboardingProgress" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Handover" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "fromPersonId" UUID NOT NULL,
    "toPersonId" UUID NOT NULL,
    "createdById" UUID,
    "notes" TEXT NOT NULL DEFAULT '',
    "fromConfirmedAt" TIMESTAMP(3),
    "toConfirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Handover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandoverItem" (
    "handoverId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "status" "HandoverItemStatus" NOT NULL DEFAULT 'OPEN',
    "runningMatters" TEXT NOT NULL DEFAULT '',
    "accessToTransfer" TEXT NOT NULL DEFAULT '',
    "fileLocation" TEXT NOT NULL DEFAULT '',
    "openQuestions" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "HandoverItem_pkey" PRIMARY KEY ("handoverId","taskId")
);

-- CreateTable
CREATE TABLE "PlannedDeputyship" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "absentPersonId" UUID NOT NULL,
    "deputyPersonId" UUID NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "plannedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlannedDeputyship_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnboardingPathItem" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "kind" "OnboardingItemKind" NOT NULL,
    "taskId" UUID,
    "articleId" UUID,
    "label" TEXT NOT NULL DEFAULT '',
    "details" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "OnboardingPathItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryEntry" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "term" TEXT NOT NULL,
    "meaning" TEXT NOT NULL,

    CONSTRAINT "GlossaryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Handover_organizationId_idx" ON "Handover"("organizationId");
CREATE INDEX "Handover_fromPersonId_idx" ON "Handover"("fromPersonId");
CREATE INDEX "Handover_toPersonId_idx" ON "Handover"("toPersonId");
CREATE INDEX "HandoverItem_taskId_idx" ON "HandoverItem"("taskId");
CREATE INDEX "PlannedDeputyship_organizationId_idx" ON "PlannedDeputyship"("organizationId");
CREATE INDEX "PlannedDeputyship_deputyPersonId_idx" ON "PlannedDeputyship"("deputyPersonId");
CREATE INDEX "OnboardingPathItem_positionId_sortOrder_idx" ON "OnboardingPathItem"("positionId", "sortOrder");
CREATE UNIQUE INDEX "GlossaryEntry_orgUnitId_term_key" ON "GlossaryEntry"("orgUnitId", "term");

-- AddForeignKey
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_fromPersonId_fkey" FOREIGN KEY ("fromPersonId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Handover" ADD CONSTRAINT "Handover_toPersonId_fkey" FOREIGN KEY ("toPersonId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "HandoverItem" ADD CONSTRAINT "HandoverItem_handoverId_fkey" FOREIGN KEY ("handoverId") REFERENCES "Handover"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "HandoverItem" ADD CONSTRAINT "HandoverItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlannedDeputyship" ADD CONSTRAINT "PlannedDeputyship_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlannedDeputyship" ADD CONSTRAINT "PlannedDeputyship_absentPersonId_fkey" FOREIGN KEY ("absentPersonId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PlannedDeputyship" ADD CONSTRAINT "PlannedDeputyship_deputyPersonId_fkey" FOREIGN KEY ("deputyPersonId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OnboardingPathItem" ADD CONSTRAINT "OnboardingPathItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OnboardingPathItem" ADD CONSTRAINT "OnboardingPathItem_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OnboardingPathItem" ADD CONSTRAINT "OnboardingPathItem_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OnboardingPathItem" ADD CONSTRAINT "OnboardingPathItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GlossaryEntry" ADD CONSTRAINT "GlossaryEntry_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
