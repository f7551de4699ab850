-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "verifierId" UUID;

-- CreateIndex
CREATE INDEX "Article_verifierId_idx" ON "Article"("verifierId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_verifierId_fkey" FOREIGN KEY ("verifierId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
