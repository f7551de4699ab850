-- The Wissensverbund: a task catalogue kept by the operator, the municipalities' opt-in,
-- their tasks' mapping to catalogue entries, and each member's maturity per entry.

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "verbundMember" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "verbundJoinedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "catalogTaskId" UUID;

-- CreateTable
CREATE TABLE "CatalogTask" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "productArea" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "legalBasis" TEXT,
    "serviceKey" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerbundContribution" (
    "organizationId" UUID NOT NULL,
    "catalogTaskId" UUID NOT NULL,
    "maturity" INTEGER NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerbundContribution_pkey" PRIMARY KEY ("organizationId","catalogTaskId"),
    CONSTRAINT "VerbundContribution_maturity_range" CHECK ("maturity" BETWEEN 0 AND 4)
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogTask_key_key" ON "CatalogTask"("key");
CREATE INDEX "CatalogTask_productArea_key_idx" ON "CatalogTask"("productArea", "key");
CREATE INDEX "Task_catalogTaskId_idx" ON "Task"("catalogTaskId");
CREATE INDEX "VerbundContribution_catalogTaskId_idx" ON "VerbundContribution"("catalogTaskId");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_catalogTaskId_fkey" FOREIGN KEY ("catalogTaskId") REFERENCES "CatalogTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "VerbundContribution" ADD CONSTRAINT "VerbundContribution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "VerbundContribution" ADD CONSTRAINT "VerbundContribution_catalogTaskId_fkey" FOREIGN KEY ("catalogTaskId") REFERENCES "CatalogTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;
