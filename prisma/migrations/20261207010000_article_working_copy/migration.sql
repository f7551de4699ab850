-- CreateTable
CREATE TABLE "ArticleWorkingCopy" (
    "articleId" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "status" "ArticleStatus" NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "baseVersion" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "content" JSONB NOT NULL,
    "contentText" TEXT NOT NULL,
    "contentHtml" TEXT NOT NULL,
    "taskIds" UUID[],
    "unitIds" UUID[],
    "positionIds" UUID[],
    "verifierId" UUID,
    "reviewIntervalMonths" INTEGER NOT NULL,
    "requestConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "changeNote" TEXT,
    "returnNote" TEXT,
    "authorIds" UUID[],
    "updatedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArticleWorkingCopy_pkey" PRIMARY KEY ("articleId")
);

-- CreateIndex
CREATE INDEX "ArticleWorkingCopy_organizationId_status_idx" ON "ArticleWorkingCopy"("organizationId", "status");

-- AddForeignKey
ALTER TABLE "ArticleWorkingCopy" ADD CONSTRAINT "ArticleWorkingCopy_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleWorkingCopy" ADD CONSTRAINT "ArticleWorkingCopy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleWorkingCopy" ADD CONSTRAINT "ArticleWorkingCopy_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
