-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "requireFourEyes" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "defaultReviewIntervalMonths" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "readConfirmationsEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "confirmationVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ArticleReadConfirmation" (
    "organizationId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleReadConfirmation_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateIndex
CREATE INDEX "ArticleReadConfirmation_userId_idx" ON "ArticleReadConfirmation"("userId");

-- AddForeignKey
ALTER TABLE "ArticleReadConfirmation" ADD CONSTRAINT "ArticleReadConfirmation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReadConfirmation" ADD CONSTRAINT "ArticleReadConfirmation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleReadConfirmation" ADD CONSTRAINT "ArticleReadConfirmation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN     "contentChanged" BOOLEAN NOT NULL DEFAULT true;
