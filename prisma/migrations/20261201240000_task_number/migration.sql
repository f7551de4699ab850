-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "taskNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Task_organizationId_taskNumber_key" ON "Task"("organizationId", "taskNumber");
