-- AlterTable
ALTER TABLE "User" ADD COLUMN     "reviewReminderSentAt" TIMESTAMP(3);
