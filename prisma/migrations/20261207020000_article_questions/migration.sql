-- CreateTable
CREATE TABLE "ArticleQuestion" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "askedById" UUID,
    "answer" TEXT,
    "answeredById" UUID,
    "answeredAt" TIMESTAMP(3),
    "takenIntoArticle" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleQuestion_articleId_createdAt_idx" ON "ArticleQuestion"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleQuestion_organizationId_answeredAt_idx" ON "ArticleQuestion"("organizationId", "answeredAt");

-- AddForeignKey
ALTER TABLE "ArticleQuestion" ADD CONSTRAINT "ArticleQuestion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleQuestion" ADD CONSTRAINT "ArticleQuestion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleQuestion" ADD CONSTRAINT "ArticleQuestion_askedById_fkey" FOREIGN KEY ("askedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleQuestion" ADD CONSTRAINT "ArticleQuestion_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
