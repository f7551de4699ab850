-- AlterTable
ALTER TABLE "KnowledgeGapReport" ADD COLUMN     "taskId" UUID,
ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredById" UUID,
ADD COLUMN     "answeredAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "KnowledgeGapReport" ADD CONSTRAINT "KnowledgeGapReport_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;
