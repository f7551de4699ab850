-- CreateTable
CREATE TABLE "TaskPractice" (
    "organizationId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "practicedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskPractice_pkey" PRIMARY KEY ("taskId","personId")
);

-- CreateTable
CREATE TABLE "CoverageSnapshot" (
    "organizationId" UUID NOT NULL,
    "orgUnitId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "tasks" INTEGER NOT NULL,
    "maturity0" INTEGER NOT NULL,
    "maturity1" INTEGER NOT NULL,
    "maturity2" INTEGER NOT NULL,
    "maturity3" INTEGER NOT NULL,
    "maturity4" INTEGER NOT NULL,
    "singleKnower" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoverageSnapshot_pkey" PRIMARY KEY ("orgUnitId","month")
);

-- CreateIndex
CREATE INDEX "TaskPractice_personId_idx" ON "TaskPractice"("personId");

-- CreateIndex
CREATE INDEX "CoverageSnapshot_organizationId_month_idx" ON "CoverageSnapshot"("organizationId", "month");

-- AddForeignKey
ALTER TABLE "TaskPractice" ADD CONSTRAINT "TaskPractice_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskPractice" ADD CONSTRAINT "TaskPractice_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskPractice" ADD CONSTRAINT "TaskPractice_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageSnapshot" ADD CONSTRAINT "CoverageSnapshot_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageSnapshot" ADD CONSTRAINT "CoverageSnapshot_orgUnitId_fkey" FOREIGN KEY ("orgUnitId") REFERENCES "OrgUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
