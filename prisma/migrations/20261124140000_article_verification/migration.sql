-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "lastVerifiedAt" TIMESTAMP(3),
ADD COLUMN     "lastVerifiedById" UUID;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_lastVerifiedById_fkey" FOREIGN KEY ("lastVerifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
