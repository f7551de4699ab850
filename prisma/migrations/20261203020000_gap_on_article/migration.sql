-- AlterTable
ALTER TABLE "KnowledgeGapReport" ADD COLUMN     "articleId" UUID;

-- AddForeignKey
ALTER TABLE "KnowledgeGapReport" ADD CONSTRAINT "KnowledgeGapReport_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;
