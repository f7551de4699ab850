-- CreateTable
CREATE TABLE "AccessibilityFeedback" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "pageUrl" TEXT,
    "message" TEXT NOT NULL,
    "senderHash" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessibilityFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccessibilityFeedback_organizationId_createdAt_idx" ON "AccessibilityFeedback"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "AccessibilityFeedback_senderHash_createdAt_idx" ON "AccessibilityFeedback"("senderHash", "createdAt");

-- AddForeignKey
ALTER TABLE "AccessibilityFeedback" ADD CONSTRAINT "AccessibilityFeedback_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
